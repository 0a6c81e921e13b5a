// RFC 6902 as json-patch.v4 applies it; the error texts were checked against kubectl 1.32
// (`kubectl patch --type=json --dry-run=client`, which runs the same library).
import { describe, expect, it } from 'vitest';
import { applyJsonPatch } from './json-patch';

const doc = () => ({ metadata: { name: 'x' }, spec: { replicas: 1, list: ['a', 'b'] } });
const apply = (ops: object[]) => applyJsonPatch(doc() as never, ops as never);
const error = (ops: object[]) => {
  try {
    apply(ops);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('JSON patch', () => {
  it.each([
    [[{ op: 'add', path: '/spec/list/-', value: 'c' }], { replicas: 1, list: ['a', 'b', 'c'] }],
    [[{ op: 'add', path: '/spec/list/0', value: 'z' }], { replicas: 1, list: ['z', 'a', 'b'] }],
    [[{ op: 'remove', path: '/spec/list/-1' }], { replicas: 1, list: ['a'] }],
    [[{ op: 'replace', path: '/spec/replicas', value: 3 }], { replicas: 3, list: ['a', 'b'] }],
    [[{ op: 'replace', path: '/spec/nope', value: 1 }], { replicas: 1, list: ['a', 'b'], nope: 1 }],
    [[{ op: 'move', from: '/spec/replicas', path: '/spec/r' }], { list: ['a', 'b'], r: 1 }],
    [[{ op: 'copy', from: '/spec/list', path: '/spec/l2' }], { replicas: 1, list: ['a', 'b'], l2: ['a', 'b'] }],
    [[{ op: 'test', path: '/spec/replicas', value: 1 }], { replicas: 1, list: ['a', 'b'] }],
    [[{ op: 'replace', path: '', value: 1 }], { replicas: 1, list: ['a', 'b'] }],
  ])('%j', (ops, spec) => {
    expect(JSON.parse(JSON.stringify(apply(ops))).spec).toEqual(spec);
  });

  it.each([
    [[{ op: 'add', path: '/a/b', value: 1 }], 'add operation does not apply: doc is missing path: "/a/b": missing value'],
    [[{ op: 'remove', path: '/spec/nope' }], "error in remove for path: '/spec/nope': Unable to remove nonexistent key: nope: missing value"],
    [[{ op: 'replace', path: '/a/b', value: 1 }], 'replace operation does not apply: doc is missing path: /a/b: missing value'],
    [[{ op: 'replace', path: '/spec/list/5', value: 1 }], 'replace operation does not apply: doc is missing key: /spec/list/5: missing value'],
    [[{ op: 'test', path: '/spec/replicas', value: 2 }], 'testing value /spec/replicas failed: test failed'],
    [[{ op: 'move', from: '/spec/nope', path: '/spec/x' }], "error in move for path: 'nope': Unable to remove nonexistent key: nope: missing value"],
    [[{ op: 'frob', path: '/spec' }], 'Unexpected kind: frob'],
    [[{ path: '/spec' }], 'Unexpected kind: unknown'],
    [[{ op: 'add', value: 1 }], 'add operation failed to decode path: missing value'],
    [[{ op: 'remove', path: '/metadata/name/0' }], 'remove operation does not apply: doc is missing path: "/metadata/name/0": missing value'],
    [[{ op: 'add', path: '/spec/list/9', value: 1 }], "error in add for path: '/spec/list/9': Unable to access invalid index: 9: invalid index referenced"],
  ])('%j fails with v4 words', (ops, message) => {
    expect(error(ops)).toBe(message);
  });

  it('leaves the document it was given untouched and keeps __proto__ an ordinary key', () => {
    const d = doc();
    const out = applyJsonPatch(d as never, JSON.parse('[{"op":"add","path":"/__proto__","value":{"polluted":1}}]'));
    expect(d).toEqual(doc());
    expect(Object.keys(out)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
