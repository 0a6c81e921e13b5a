// What a learner types must never hang the engine: huge replica counts are accepted as the real
// API accepts them, but the cost of acting on them stays bounded (the pod quota stops creation,
// with the real FailedCreate event); oversized documents are refused before parsing.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import { kubectlOk, nginxDeployment } from '../testing/helpers';

describe('bounded cost of bad or huge input', () => {
  it('replicas: 1000000 is accepted, creation stops at the pod quota with FailedCreate', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', nginxDeployment('big', 1_000_000));
    c.advance(60_000);
    const pods = c.list('Pod', 'default').length;
    expect(pods).toBeGreaterThan(0);
    expect(pods).toBeLessThanOrEqual(1000);
    expect(c.kubectl('get events').stdout).toMatch(/FailedCreate\s+replicaset\/big-\w+\s+Error creating: pods "big-\w+-\w+" is forbidden: exceeded quota/);
  });

  it('refuses a 10 MB document without changing the cluster', () => {
    const c = createCluster();
    const huge = `${nginxDeployment('web', 1)}  annotations:\n    junk: "${'x'.repeat(10 * 1024 * 1024)}"\n`;
    const r = c.kubectl('apply -f -', huge);
    expect(r.exitCode).toBe(1);
    expect(r.stderr.length).toBeLessThan(2000);
    expect(c.list('Deployment', 'default')).toHaveLength(0);
  });

  it('rejects advance() asks it cannot honour instead of hanging', () => {
    const c = createCluster();
    expect(() => c.advance(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => c.advance(-1)).toThrow(RangeError);
    expect(() => c.advance(10 * 365 * 24 * 3600 * 1000)).toThrow(RangeError);
  });

  it('kubectl never throws, whatever the line', () => {
    const c = createCluster();
    for (const line of ['', '   ', '"unterminated', "get pods -o 'x", 'get pods -l "a in (b"', 'delete', 'get pods --namespace', '\u0000', 'get '.repeat(5000)]) {
      const r = c.kubectl(line);
      expect(typeof r.stdout).toBe('string');
      expect(typeof r.exitCode).toBe('number');
    }
  });
});
