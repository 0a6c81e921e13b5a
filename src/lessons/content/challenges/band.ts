// The band every challenge plays with: an nginx Deployment whose pods may use 200m of CPU each
// (about 100 requests/s, at the traffic model's 2 ms of CPU per request), with a readiness probe,
// behind the Service band. Shared by the challenge files beside it.
export function bandManifest(replicas: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: band
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: band
  template:
    metadata:
      labels:
        app: band
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        ports:
        - containerPort: 80
        resources:
          requests:
            cpu: 100m
          limits:
            cpu: 200m
        readinessProbe:
          httpGet:
            path: /
            port: 80
          periodSeconds: 2
`;
}
