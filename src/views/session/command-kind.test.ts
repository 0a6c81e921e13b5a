import { describe, expect, it } from 'vitest';
import { changesCluster, verbOf } from './command-kind';

describe('changesCluster', () => {
  it.each([
    ['get pods', 0, false],
    ['-n team get pods', 0, false],
    ['describe pod x', 0, false],
    ['logs x', 0, false],
    ['exec web -- nslookup db', 0, false],
    ['top pods', 0, false],
    ['explain pods', 0, false],
    ['api-resources', 0, false],
    ['version', 0, false],
    ['rollout status deployment/band', 0, false],
    ['rollout history deployment/band', 0, false],
    ['create deployment x --image=nginx --dry-run=client -o yaml', 0, false],
    ['create deployment x --image=nginx --dry-run', 0, false],
    ['scale --help', 0, false],
    ['scale deployment band --replicas=3', 1, false],
    ['scael deployment band --replicas=3', 1, false],
    ['scale deployment band --replicas=3', 0, true],
    ['--namespace team scale deployment band --replicas=3', 0, true],
    ['rollout undo deployment/band', 0, true],
    ['rollout restart deployment/band', 0, true],
    ['delete pod x', 0, true],
    ['apply -f -', 0, true],
    ['drain node-2 --ignore-daemonsets', 0, true],
    ['cordon node-2', 0, true],
    ['label pod x a=b', 0, true],
    ['set image deployment/band nginx=nginx:1.28', 0, true],
  ])('%s (exit %i) → %s', (line, exit, expected) => {
    expect(changesCluster(line, exit)).toBe(expected);
  });
  it('reads the verb past global flags', () => {
    expect([verbOf('-n a rollout status x'), verbOf(''), verbOf('--context=c get')]).toEqual([
      { verb: 'rollout', sub: 'status' },
      { verb: undefined, sub: undefined },
      { verb: 'get', sub: undefined },
    ]);
  });
});
