// kubernetes/website examples, part of the table (table.ts). Services: the nginx Service and the Connecting Applications with Services files.
export const SERVICE_EXAMPLES: Readonly<Record<string, string>> = {
  'service/networking/nginx-svc.yaml': `---
{
  apiVersion: "v1",
  kind: "Service",
  metadata: {
    name: "my-nginx",
    labels: {
      run: "my-nginx",
    },
  },
  spec: {
    ports: [{
      port: 80,
      protocol: "TCP",
    }],
    selector: {
      run: "my-nginx",
    },
  },
}
`,
  'service/networking/run-my-nginx.yaml': `---
{
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: {
    name: "my-nginx",
  },
  spec: {
    selector: {
      matchLabels: {
        run: "my-nginx",
      },
    },
    replicas: 2,
    template: {
      metadata: {
        labels: {
          run: "my-nginx",
        },
      },
      spec: {
        containers: [{
          name: "my-nginx",
          image: "nginx",
          ports: [{
            containerPort: 80,
          }],
        }],
      },
    },
  },
}
`,
  'service/nginx-service.yaml': `apiVersion: v1
kind: Service
metadata:
  name: nginx-service
spec:
  ports:
  - port: 8000 # the port that this service should serve on
    # the container on each pod to connect to, can be a name
    # (e.g. 'www') or a number (e.g. 80)
    targetPort: 80
    protocol: TCP
  # just like the selector in the deployment,
  # but this time it identifies the set of pods to load balance
  # traffic to.
  selector:
    app.kubernetes.io/name: nginx
`,
};
