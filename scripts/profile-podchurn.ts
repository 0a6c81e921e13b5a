// Profiling aid: the cost of one pod's life (create → schedule → pull → run → delete) at 3 nodes.
import { performance } from 'node:perf_hooks';
import { createCluster } from '../src/engine/index';
const c = createCluster({ seed: 1 });
c.api.create({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default' },
  spec: {
    replicas: 30,
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.14.2' }] } },
  },
});
c.advance(120_000);
const t0 = performance.now();
let n = 0;
for (let round = 0; round < 40; round++) {
  for (const p of c.list('Pod', 'default').slice(0, 10)) {
    if (!p.metadata.deletionTimestamp) {
      c.api.delete('Pod', 'default', p.metadata.name);
      n++;
    }
  }
  c.advance(30_000);
}
const wall = performance.now() - t0;
console.log(`${n} pod replacements: ${wall.toFixed(0)} ms => ${(wall / n).toFixed(2)} ms per pod life`);
