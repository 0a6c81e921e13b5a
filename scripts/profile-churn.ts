import { performance } from 'node:perf_hooks';
import { createCluster } from '../src/engine/index';
const nodes = Number(process.argv[2] ?? 3),
  pods = Number(process.argv[3] ?? 30);
const c = createCluster({ seed: 1, nodes });
const names: string[] = [];
for (let i = 0; i * 30 < pods; i++) {
  names.push(`web-${i}`);
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
c.advance(120_000);
let s = 12345;
const rand = () => {
  s = (s * 1103515245 + 12345) % 2147483648;
  return s / 2147483648;
};
const t0 = performance.now();
let created = 0;
c.watch((e) => {
  if (e.type === 'ADDED' && e.resource === 'pods') created++;
});
for (let t = 0; t < 600_000; t += 10_000) {
  const n = Math.max(1, Math.round(pods / 100));
  for (let i = 0; i < n; i++) {
    const r = rand();
    const live = c.list('Pod', 'default').filter((p) => !p.metadata.deletionTimestamp);
    if (r < 0.35) {
      const p = live[Math.floor(rand() * live.length)];
      if (p) c.api.delete('Pod', 'default', p.metadata.name);
    } else if (r < 0.6) {
      const d = structuredClone(c.get('Deployment', 'default', names[Math.floor(rand() * names.length)])!);
      d.spec.replicas = 25 + Math.floor(rand() * 11);
      c.api.update(d);
    } else if (r < 0.8) {
      const d = structuredClone(c.get('Deployment', 'default', names[Math.floor(rand() * names.length)])!);
      const ct = d.spec.template.spec.containers[0];
      ct.image = ct.image === 'nginx:1.14.2' ? 'nginx:1.16.1' : 'nginx:1.14.2';
      c.api.update(d);
    } else {
      const p = live.filter((p) => p.status?.phase === 'Running')[0];
      if (p) c.inject({ type: 'crash-container', pod: p.metadata.name });
    }
  }
  c.advance(10_000);
}
const wall = performance.now() - t0;
console.log(`churn 600s: ${wall.toFixed(0)} ms => ${(600_000 / wall).toFixed(0)}x, pods created ${created}, trace ${c.trace().length}`);
