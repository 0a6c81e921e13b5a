// The workload the first page applies: the Deployment from the Kubernetes docs
// ("Creating a Deployment", controllers/nginx-deployment.yaml), three nginx replicas.

export const SAMPLE_APPLY_COMMAND = 'apply -f -';

export const SAMPLE_DEPLOYMENT_YAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app: nginx
spec:
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
`;
