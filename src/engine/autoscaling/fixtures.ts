// Test fixtures: the HPA walkthrough's php-apache manifest (kubernetes/website
// content/en/examples/application/php-apache.yaml) and a cluster with it running.
import { createCluster, type Cluster } from '../cluster/cluster';
import '../api/strategies';

export const PHP_APACHE_YAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: php-apache
spec:
  selector:
    matchLabels:
      run: php-apache
  template:
    metadata:
      labels:
        run: php-apache
    spec:
      containers:
      - name: php-apache
        image: registry.k8s.io/hpa-example
        ports:
        - containerPort: 80
        resources:
          limits:
            cpu: 500m
          requests:
            cpu: 200m
---
apiVersion: v1
kind: Service
metadata:
  name: php-apache
  labels:
    run: php-apache
spec:
  ports:
  - port: 80
  selector:
    run: php-apache
`;

/** A cluster running php-apache (one Ready pod), `ms` after creation. */
export function phpApacheCluster(seed = 1): Cluster {
  const c = createCluster({ seed });
  const r = c.kubectl('apply -f -', PHP_APACHE_YAML);
  if (r.exitCode !== 0) throw new Error(r.stderr);
  c.advance(40_000);
  return c;
}
