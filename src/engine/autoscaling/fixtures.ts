// Test fixtures: the HPA walkthrough's php-apache manifest (kubernetes/website
// content/en/examples/application/php-apache.yaml) and a cluster with it running.
import { createCluster, type Cluster } from '../cluster/cluster';
import '../api/strategies';

export { PHP_APACHE_YAML } from './php-apache-manifest';
import { PHP_APACHE_YAML } from './php-apache-manifest';

/** A cluster running php-apache (one Ready pod), `ms` after creation. */
export function phpApacheCluster(seed = 1): Cluster {
  const c = createCluster({ seed });
  const r = c.kubectl('apply -f -', PHP_APACHE_YAML);
  if (r.exitCode !== 0) throw new Error(r.stderr);
  c.advance(40_000);
  return c;
}
