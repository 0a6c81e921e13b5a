// Profiling aid: a 3-node / 30-pod cluster left alone for a virtual hour (idle cost per component).
import { performance } from 'node:perf_hooks';
import { createCluster } from '../src/engine/index';
const nodes = Number(process.argv[2] ?? 3);
const c = createCluster({ seed: 1, nodes });
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
c.advance(3_600_000);
const wall = performance.now() - t0;
console.log(`idle 1 h: ${wall.toFixed(0)} ms => ${(3_600_000 / wall).toFixed(0)}x`);
