// The served API's watch figure (issue 13): 10 watchers on a 100-node / 3,000-pod cluster keep the
// server at real time using under one core. The cluster is served at speed 1 (its clock follows the
// wall clock) while it churns: every second 10 pods are deleted and their ReplicaSets replace them.
// 10 HTTP watches of all pods read their streams (counting events, as a client that keeps up).
// Server and watchers share this process, so the CPU figure includes the watchers' reading.
// Reported: events delivered, CPU per event, the share of one core, and how far the cluster's
// clock drifted from the wall clock over the run (the server ticks every 100 ms, catching up on
// the real time since the last tick: a tick delayed at either end shows as a few hundred ms either
// way; a server that cannot keep up falls behind by seconds).
import { request } from 'node:http';
import { loadavg } from 'node:os';
import type { KObject } from '../src/engine/objects/types';
import { serve } from '../server/serve';
import { type Report, runningCluster } from './api-server';

export async function apiWatchersFigure(report: Report, watchers = 10, pods = 3000, nodes = 100, seconds = 20): Promise<void> {
  const { cluster } = runningCluster(pods, nodes);
  const served = await serve({ cluster, port: 0, speed: 1 });
  const rv = String(cluster.api.store.revision);
  let events = 0;
  const open: { destroy(): void }[] = [];
  try {
    for (let i = 0; i < watchers; i++) {
      const req = request(`${served.url}/api/v1/pods?watch=1&allowWatchBookmarks=true&resourceVersion=${rv}`, (res) => {
        res.on('data', (d: Buffer) => {
          for (let j = d.indexOf(10); j >= 0; j = d.indexOf(10, j + 1)) events++;
        });
      });
      req.on('error', () => {});
      req.end();
      open.push(req);
    }
    await new Promise((r) => setTimeout(r, 1_000));
    events = 0;
    const virtualStart = cluster.now();
    const wallStart = performance.now();
    const cpu = process.cpuUsage();
    let rng = 1;
    for (let s = 0; s < seconds; s++) {
      const all = cluster.list<KObject>('Pod', 'default').filter((p) => !p.metadata.deletionTimestamp);
      for (let k = 0; k < 10 && all.length; k++) {
        rng = (rng * 1103515245 + 12345) % 2 ** 31;
        const p = all.splice(rng % all.length, 1)[0];
        try {
          cluster.api.delete('Pod', 'default', p.metadata.name, 'kubectl');
        } catch {
          // already gone
        }
      }
      await new Promise((r) => setTimeout(r, 1_000));
    }
    const used = process.cpuUsage(cpu);
    // A tick (every 100 ms) catches the clock up; let the next one run before comparing clocks.
    await new Promise((r) => setTimeout(r, 250));
    const wall = performance.now() - wallStart;
    const virtual = cluster.now() - virtualStart;
    const behind = wall - virtual;
    const cpuMs = (used.user + used.system) / 1000;
    const core = cpuMs / wall;
    report(
      `API ${watchers} watchers of all pods, ${pods.toLocaleString('en-US')} pods on ${nodes} nodes, 10 pod deletions/s`,
      `${events.toLocaleString('en-US')} events in ${(wall / 1000).toFixed(1)} s, ${((cpuMs * 1000) / Math.max(events, 1)).toFixed(0)} CPU µs per event, ${(core * 100).toFixed(0)} % of one core, cluster clock drift ${behind >= 0 ? '-' : '+'}${Math.abs(behind).toFixed(0)} ms against the wall clock after ${(wall / 1000).toFixed(1)} s (load average ${loadavg()[0].toFixed(1)})`,
      '< 100 % of one core, drift < 1 s',
      core < 1 && Math.abs(behind) < 1000,
    );
  } finally {
    for (const r of open) r.destroy();
    await served.close();
  }
}
