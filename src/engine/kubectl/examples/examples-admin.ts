// kubernetes/website examples, part of the table (table.ts). Cluster administration: the Namespaces
// walkthrough (tutorials/cluster-management/namespaces-walkthrough.md) and its Deployment.
export const ADMIN_EXAMPLES: Readonly<Record<string, string>> = {
  'admin/namespace-dev.json': `{
  "apiVersion": "v1",
  "kind": "Namespace",
  "metadata": {
    "name": "development",
    "labels": {
      "name": "development"
    }
  }
}
`,
  'admin/namespace-prod.json': `{
  "apiVersion": "v1",
  "kind": "Namespace",
  "metadata": {
    "name": "production",
    "labels": {
      "name": "production"
    }
  }
}
`,
  'admin/snowflake-deployment.yaml': `---
{
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: {
    labels: {
      app: "snowflake",
    },
    name: "snowflake",
  },
  spec: {
    replicas: 2,
    selector: {
      matchLabels: {
        app: "snowflake",
      },
    },
    template: {
      metadata: {
        labels: {
          app: "snowflake",
        },
      },
      spec: {
        containers: [{
          image: "registry.k8s.io/serve_hostname",
          imagePullPolicy: "Always",
          name: "snowflake",
        }],
      },
    },
  },
}
`,
};
