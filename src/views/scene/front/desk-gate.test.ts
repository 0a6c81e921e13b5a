// The gate for the desk and safe's lazy chunk: shut on a fresh cluster (whose kube-root-ca.crt
// ConfigMaps and service-account tokens the desk never draws), open once the learner's ConfigMap,
// Secret or claim exists, and shut again after a reset.
import { describe, expect, it } from 'vitest';
import { createDevSession } from '../../stage/dev-session';
import { clusterHasDeskThings } from './desk-gate';

describe('clusterHasDeskThings', () => {
  it('is false on a fresh cluster, with a Deployment running', () => {
    const s = createDevSession({ seed: 2 });
    s.actions.kubectl('create deployment web --image=nginx:1.27');
    s.advance(30_000);
    expect(
      s
        .cluster()
        .list('ConfigMap')
        .map((c) => c.metadata.name),
    ).toContain('kube-root-ca.crt');
    expect(clusterHasDeskThings(s)).toBe(false);
  });

  it.each([
    ['a ConfigMap', 'create configmap set-list --from-literal=opener=Intro'],
    ['a Secret', 'create secret generic pay --from-literal=rate=10'],
  ])('is true once the cluster holds %s', (_what, line) => {
    const s = createDevSession({ seed: 2 });
    expect(s.actions.kubectl(line)).toMatchObject({ exitCode: 0 });
    expect(clusterHasDeskThings(s)).toBe(true);
  });

  it('is false while the session is the opening frame’s stand-in (it has no cluster)', () => {
    const s = createDevSession({ seed: 2 });
    s.actions.kubectl('create configmap set-list --from-literal=opener=Intro');
    expect(clusterHasDeskThings({ ...s, opening: true })).toBe(false);
  });
});
