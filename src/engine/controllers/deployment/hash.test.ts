import { describe, expect, it } from 'vitest';
import { Fnv32a, canonicalJson, computeHash, equalIgnoreHash, safeEncodeString } from './hash';

const enc = (s: string) => new TextEncoder().encode(s);

describe('pod-template-hash', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('FNV-32a(%j) = %i', (s, want) => {
    expect(new Fnv32a().write(enc(s)).sum32()).toBe(want);
  });

  it('SafeEncodeString maps digits like apimachinery', () => {
    expect(safeEncodeString('0123456789')).toBe('456789bcdf');
  });

  const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2' }] } };

  it('is stable, key-order independent and made of the safe alphabet', () => {
    const h = computeHash(template);
    expect(h).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{6,10}$/);
    expect(computeHash(structuredClone(template))).toBe(h);
    const reordered = { spec: { containers: [{ image: 'nginx:1.14.2', name: 'nginx' }] }, metadata: { labels: { app: 'web' } } };
    expect(computeHash(reordered)).toBe(h);
    expect(h).toBe(computeHash(JSON.parse(canonicalJson(template))));
  });

  it('pins the value (a change would rename every ReplicaSet)', () => {
    expect(computeHash(template)).toMatchInlineSnapshot(`"5cf4c4b59c"`);
    expect(computeHash(template, 1)).toMatchInlineSnapshot(`"8694d9459b"`);
  });

  it('changes with the image and with collisionCount', () => {
    const h = computeHash(template);
    const other = structuredClone(template);
    other.spec.containers[0].image = 'nginx:1.16.1';
    expect(computeHash(other)).not.toBe(h);
    expect(computeHash(template, 0)).not.toBe(h);
    expect(computeHash(template, 1)).not.toBe(computeHash(template, 0));
  });

  it('equalIgnoreHash ignores pod-template-hash and empty values', () => {
    const withHash = structuredClone(template) as typeof template & { metadata: { labels: Record<string, string>; creationTimestamp?: null } };
    withHash.metadata.labels['pod-template-hash'] = 'abc';
    withHash.metadata.creationTimestamp = null;
    expect(equalIgnoreHash(withHash as unknown as typeof template, template)).toBe(true);
    const other = structuredClone(template);
    other.metadata.labels.app = 'api';
    expect(equalIgnoreHash(other, template)).toBe(false);
  });
});
