import { performance } from 'node:perf_hooks';
import { createCluster } from '../src/engine/index';
const nodes = Number(process.argv[2] ?? 3),
  pods = Number(process.argv[3] ?? 30);
const c = createCluster({ seed: 1, nodes });
for (let i = 0; i * 30 < pods; i++) {
  c.api.create({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: `web-${i}`, namespace: 'default' },
    spec: {
      replicas: 30,
      selector: { matchLabels: { app: `web-${i}` } },
      template: { metadata: { labels: { app: `web-${i}` } }, spec: { containers: [{ name: 'web', image: 'nginx:1.14.2' }] } },
    },
  });
}
let t0 = performance.now();
c.advance(120_000);
console.log('warm', (performance.now() - t0).toFixed(0), 'ms', c.list('Pod').length, 'pods');
t0 = performance.now();
c.advance(600_000);
const wall = performance.now() - t0;
console.log('idle 600s:', wall.toFixed(0), 'ms =>', (600_000 / wall).toFixed(0), 'x');
