// The API server's 3 MiB request body limit is checked as the body is read: before decoding, so
// a body that is both too large and malformed gets 413, not the decoder's 400, and costs no walk.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import { StatusError } from './errors';
import { MAX_REQUEST_BODY_BYTES, bodyTooLarge } from './request-body';

function errOf(fn: () => unknown): StatusError {
  try {
    fn();
  } catch (e) {
    if (e instanceof StatusError) return e;
    throw e;
  }
  throw new Error('expected a StatusError');
}

describe('request body limit', () => {
  it('counts UTF-8 bytes: 1.1 M three-byte characters are over 3 MiB, 3 M ASCII ones are not', () => {
    expect(bodyTooLarge({ s: 'x'.repeat(3_000_000) })).toBeUndefined();
    expect(bodyTooLarge({ s: '€'.repeat(1_100_000) })?.message).toBe(`Request entity too large: limit is ${MAX_REQUEST_BODY_BYTES}`);
  });

  it('refuses an oversized create with 413 before decoding it (a wrong type inside does not answer first)', () => {
    const c = createCluster({ nodes: 0 });
    const big = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'big' }, data: { a: 'x'.repeat(MAX_REQUEST_BODY_BYTES), n: 5 } };
    const e = errOf(() => c.api.create(big as never));
    expect([e.code, e.reason, e.message]).toEqual([413, 'RequestEntityTooLarge', 'Request entity too large: limit is 3145728']);
  });

  it('refuses an oversized update the same way', () => {
    const c = createCluster({ nodes: 0 });
    const cm = c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: { a: 'b' } } as never);
    const e = errOf(() => c.api.update({ ...cm, data: { a: 'x'.repeat(MAX_REQUEST_BODY_BYTES), n: 5 } } as never));
    expect(e.code).toBe(413);
  });
});

// etcd refuses a request over 1.5 MiB (--max-request-bytes); the API server answers etcd's words
// as a 500 with no reason, after validation. Before: create answered 413 with the body limit's
// message, and update wrote any size.
describe("etcd's request limit", () => {
  const pod = (arg: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'big' }, spec: { containers: [{ name: 'c', image: 'nginx', args: [arg] }] } });

  it('refuses a 2 MB object on create with etcd\'s words, as kubectl prints them', () => {
    const c = createCluster({ nodes: 0 });
    const e = errOf(() => c.api.create(pod('x'.repeat(2_000_000)) as never));
    expect([e.code, e.reason, e.message]).toEqual([500, '', 'etcdserver: request is too large']);
    // `create -f -`: apply's last-applied annotation would double the body past the 3 MiB limit.
    const r = c.kubectl('create -f -', JSON.stringify(pod('y'.repeat(2_000_000))));
    expect(r.stderr).toBe('Error from server: error when creating "STDIN": etcdserver: request is too large\n');
  });

  it('refuses an update that grows the object past it, and a patch', () => {
    const c = createCluster({ nodes: 0 });
    c.kubectl('create deployment big --image=nginx');
    const d = c.get('Deployment', 'default', 'big') as { spec: { template: { spec: { containers: object[] } } } };
    const grown = structuredClone(d);
    grown.spec.template.spec.containers = [{ name: 'nginx', image: 'nginx', args: ['x'.repeat(2_000_000)] }];
    expect(errOf(() => c.api.update(grown as never)).message).toBe('etcdserver: request is too large');
    const p = c.kubectl(`patch deployment big --type=json -p '[{"op":"add","path":"/spec/template/spec/containers/0/args","value":["${'z'.repeat(1_600_000)}"]}]'`);
    expect(p.stderr).toBe('Error from server: etcdserver: request is too large\n');
  });

  it('is not an answer to a validation error, which comes first', () => {
    const c = createCluster({ nodes: 0 });
    const bad = pod('x'.repeat(2_000_000));
    (bad.spec.containers[0] as { image: string }).image = '';
    expect(errOf(() => c.api.create(bad as never)).code).toBe(422);
  });
});
