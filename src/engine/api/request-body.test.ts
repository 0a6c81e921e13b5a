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
