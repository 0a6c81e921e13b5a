// kubernetes/website examples, part of the table (table.ts). Configuration: the ConfigMap task
// (tasks/configure-pod-container/configure-pod-configmap.md): its ConfigMaps and the pods that read
// them as environment variables, in a command, and as files in a volume; the Secrets task
// (tasks/inject-data-application/distribute-credentials-secure.md): its Secret and pods.
export const CONFIG_EXAMPLES: Readonly<Record<string, string>> = {
  'configmap/configmap-multikeys.yaml': `---
{
  apiVersion: "v1",
  kind: "ConfigMap",
  metadata: {
    name: "special-config",
    namespace: "default",
  },
  data: {
    SPECIAL_LEVEL: "very",
    SPECIAL_TYPE: "charm",
  },
}
`,
  'configmap/configmaps.yaml': `---
{
  apiVersion: "v1",
  kind: "ConfigMap",
  metadata: {
    name: "special-config",
    namespace: "default",
  },
  data: {
    special.how: "very",
  },
}
---
{
  apiVersion: "v1",
  kind: "ConfigMap",
  metadata: {
    name: "env-config",
    namespace: "default",
  },
  data: {
    log_level: "INFO",
  },
}
`,
  'pods/pod-single-configmap-env-variable.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "dapi-test-pod",
  },
  spec: {
    containers: [{
      name: "test-container",
      image: "registry.k8s.io/busybox:1.27.2",
      command: [
        "/bin/sh",
        "-c",
        "env",
      ],
      # Define the environment variable
      env: [
        {
          name: "SPECIAL_LEVEL_KEY",
          valueFrom: {
            configMapKeyRef: {
              # The ConfigMap containing the value you want to assign to SPECIAL_LEVEL_KEY
              name: "special-config",
              # Specify the key associated with the value
              key: "special.how",
            },
          },
        },
      ],
    }],
    restartPolicy: "Never",
  },
}
`,
  'pods/pod-multiple-configmap-env-variable.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "dapi-test-pod",
  },
  spec: {
    containers: [{
      name: "test-container",
      image: "registry.k8s.io/busybox:1.27.2",
      command: [
        "/bin/sh",
        "-c",
        "env",
      ],
      env: [{
        name: "SPECIAL_LEVEL_KEY",
        valueFrom: {
          configMapKeyRef: {
            name: "special-config",
            key: "special.how",
          },
        },
      }, {
        name: "LOG_LEVEL",
        valueFrom: {
          configMapKeyRef: {
            name: "env-config",
            key: "log_level",
          },
        },
      }],
    }],
    restartPolicy: "Never",
  },
}
`,
  'pods/pod-configmap-envFrom.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: dapi-test-pod
spec:
  containers:
    - name: test-container
      image: registry.k8s.io/busybox
      command: [ "/bin/sh", "-c", "env" ]
      envFrom:
      - configMapRef:
          name: special-config
  restartPolicy: Never
`,
  'pods/pod-configmap-env-var-valueFrom.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "dapi-test-pod",
  },
  spec: {
    containers: [{
      name: "test-container",
      image: "registry.k8s.io/busybox:1.27.2",
      command: [
        "/bin/echo",
        "$(SPECIAL_LEVEL_KEY) $(SPECIAL_TYPE_KEY)",
      ],
      env: [{
        name: "SPECIAL_LEVEL_KEY",
        valueFrom: {
          configMapKeyRef: {
            name: "special-config",
            key: "SPECIAL_LEVEL",
          },
        },
      }, {
        name: "SPECIAL_TYPE_KEY",
        valueFrom: {
          configMapKeyRef: {
            name: "special-config",
            key: "SPECIAL_TYPE",
          },
        },
      }],
    }],
    restartPolicy: "Never",
  },
}
`,
  'pods/pod-configmap-volume.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "dapi-test-pod",
  },
  spec: {
    containers: [{
      name: "test-container",
      image: "registry.k8s.io/busybox:1.27.2",
      command: [
        "/bin/sh",
        "-c",
        "ls /etc/config/",
      ],
      volumeMounts: [{
        name: "config-volume",
        mountPath: "/etc/config",
      }],
    }],
    volumes: [{
      name: "config-volume",
      configMap: {
        # Provide the name of the ConfigMap containing the files you want
        # to add to the container
        name: "special-config",
      },
    }],
    restartPolicy: "Never",
  },
}
`,
  'pods/pod-configmap-volume-specific-key.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "dapi-test-pod",
  },
  spec: {
    containers: [{
      name: "test-container",
      image: "registry.k8s.io/busybox:1.27.2",
      command: [
        "/bin/sh",
        "-c",
        "cat /etc/config/keys",
      ],
      volumeMounts: [{
        name: "config-volume",
        mountPath: "/etc/config",
      }],
    }],
    volumes: [{
      name: "config-volume",
      configMap: {
        name: "special-config",
        items: [{
          key: "SPECIAL_LEVEL",
          path: "keys",
        }],
      },
    }],
    restartPolicy: "Never",
  },
}
`,
  'pods/inject/secret.yaml': `---
{
  apiVersion: "v1",
  kind: "Secret",
  metadata: {
    name: "test-secret",
  },
  data: {
    username: "bXktYXBw",
    password: "Mzk1MjgkdmRnN0pi",
  },
}
`,
  'pods/inject/secret-pod.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "secret-test-pod",
  },
  spec: {
    containers: [{
      name: "test-container",
      image: "nginx",
      volumeMounts: [
        # name must match the volume name below
        {
          name: "secret-volume",
          mountPath: "/etc/secret-volume",
          readOnly: true,
        },
      ],
    }],
    # The secret data is exposed to Containers in the Pod through a Volume.
    volumes: [{
      name: "secret-volume",
      secret: {
        secretName: "test-secret",
      },
    }],
  },
}
`,
  'pods/inject/pod-secret-envFrom.yaml': `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "envfrom-secret",
  },
  spec: {
    containers: [{
      name: "envars-test-container",
      image: "nginx",
      envFrom: [{
        secretRef: {
          name: "test-secret",
        },
      }],
    }],
  },
}
`,
};
