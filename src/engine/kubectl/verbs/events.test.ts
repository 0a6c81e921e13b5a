// kubectl events as events.go and event_printer.go print them: oldest first, `Kind/name`, --for,
// --types, and the empty answers on stderr.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../index';

describe('kubectl events', () => {
  it('lists the namespace events oldest first with Kind/name objects', () => {
    const c = createCluster({ seed: 1 });
    c.kubectl('create deployment web --image=nginx');
    c.advance(30_000);
    const lines = c.kubectl('events').stdout.split('\n');
    expect(lines[0]).toMatch(/^LAST SEEN +TYPE +REASON +OBJECT +MESSAGE$/);
    expect(lines[1]).toMatch(/^30s +Normal +Starting +Node\/node-1 +Starting kubelet\.$/);
    expect(c.kubectl('events --for deployment/web').stdout).toMatch(
      /^LAST SEEN +TYPE +REASON +OBJECT +MESSAGE\n30s +Normal +ScalingReplicaSet +Deployment\/web +Scaled up replica set web-\S+ from 0 to 1\n$/,
    );
    expect(c.kubectl('events --types=Warning')).toEqual({ stdout: '', stderr: 'No events found in default namespace.\n', exitCode: 0 });
    expect(c.kubectl('events -n nowhere -A').stdout.split('\n')[0]).toMatch(/^NAMESPACE +LAST SEEN +TYPE/);
    expect(c.kubectl('events --types=Oops').stderr).toBe('error: valid --types are Normal or Warning\n');
  });

  it('writes `(xN over T)` for a repeated event', () => {
    const c = createCluster({ seed: 1 });
    c.kubectl('run bad --image=nginx:no-such-tag');
    c.advance(120_000);
    expect(c.kubectl('events --for pod/bad').stdout).toMatch(/\n\S+ \(x\d+ over \S+\) +(Normal|Warning) +\S+ +Pod\/bad /);
  });
});
