// The editor's starter templates: the Kubernetes docs' own examples (the nginx Deployment from
// "Creating a Deployment", the simple Pod from "Pods", the Service from "Service"), with the
// Service's selector pointed at the band (`app: nginx`) so applying it has something to route to.
import { SAMPLE_DEPLOYMENT_YAML } from '../session/sample-cluster';

export interface Template {
  id: string;
  label: string;
  yaml: string;
}

export const TEMPLATES: Template[] = [
  { id: 'deployment', label: 'nginx Deployment', yaml: SAMPLE_DEPLOYMENT_YAML },
  {
    id: 'pod',
    label: 'Pod',
    yaml: `apiVersion: v1
kind: Pod
metadata:
  name: nginx
spec:
  containers:
  - name: nginx
    image: nginx:1.14.2
    ports:
    - containerPort: 80
`,
  },
  {
    id: 'service',
    label: 'Service',
    yaml: `apiVersion: v1
kind: Service
metadata:
  name: my-service
spec:
  selector:
    app: nginx
  ports:
  - protocol: TCP
    port: 80
    targetPort: 80
`,
  },
];
