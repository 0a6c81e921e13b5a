import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { KObject } from '../objects/types';
import { StatusError } from './errors';

function cluster() {
  return createCluster({ nodes: 0 });
}

function errOf(fn: () => unknown): StatusError {
  try {
    fn();
  } catch (e) {
    if (e instanceof StatusError) return e;
    throw e;
  }
  throw new Error('expected a StatusError');
}

const lease = (name: string, extra: Partial<KObject> = {}) => ({
  apiVersion: 'coordination.k8s.io/v1',
  kind: 'Lease',
  metadata: { name, namespace: 'default' },
  spec: { holderIdentity: name },
  ...extra,
});

describe('ApiServer', () => {
  it('assigns uid, resourceVersion from one global counter, and creationTimestamp', () => {
    const c = cluster();
    const a = c.api.create(lease('a'));
    const b = c.api.create(lease('b'));
    expect(a.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number(b.metadata.resourceVersion)).toBe(Number(a.metadata.resourceVersion) + 1);
    expect(a.metadata.creationTimestamp).toBe('2025-01-01T00:00:00Z');
  });

  it('fills generateName with a 5-character suffix', () => {
    const c = cluster();
    const o = c.api.create({ ...lease(''), metadata: { generateName: 'web-', namespace: 'default' } });
    expect(o.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('rejects duplicates with 409 AlreadyExists in the real words', () => {
    const c = cluster();
    c.api.create(lease('a'));
    const e = errOf(() => c.api.create(lease('a')));
    expect(e.code).toBe(409);
    expect(e.message).toBe('leases.coordination.k8s.io "a" already exists');
  });

  it('rejects invalid names with 422 and the apimachinery message', () => {
    const c = cluster();
    const e = errOf(() => c.api.create(lease('Web_1')));
    expect(e.code).toBe(422);
    expect(e.message).toBe(
      `Lease.coordination.k8s.io "Web_1" is invalid: metadata.name: Invalid value: "Web_1": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    );
  });

  it('rejects objects in a namespace that does not exist', () => {
    const c = cluster();
    const e = errOf(() => c.api.create({ ...lease('a'), metadata: { name: 'a', namespace: 'nope' } }));
    expect(e.code).toBe(404);
    expect(e.message).toBe('namespaces "nope" not found');
  });

  it('returns 404 NotFound for missing objects', () => {
    const c = cluster();
    const e = errOf(() => c.api.delete('Lease', 'default', 'ghost'));
    expect(e.message).toBe('leases.coordination.k8s.io "ghost" not found');
  });

  it('refuses a stale resourceVersion with 409 Conflict', () => {
    const c = cluster();
    const a = c.api.create(lease('a'));
    c.api.update({ ...a, spec: { holderIdentity: 'x' } });
    const e = errOf(() => c.api.update({ ...a, spec: { holderIdentity: 'y' } }));
    expect(e.code).toBe(409);
    expect(e.message).toContain('the object has been modified; please apply your changes to the latest version and try again');
  });

  it('keeps spec and status apart: updates keep status, updateStatus keeps spec', () => {
    const c = cluster();
    const ns = c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } });
    expect(ns.status).toEqual({ phase: 'Active' });
    const updated = c.api.update({ ...ns, metadata: { ...ns.metadata, resourceVersion: '' }, status: { phase: 'Terminating' } });
    expect(updated.status).toEqual({ phase: 'Active' });
    const st = c.api.update({ ...updated, metadata: { ...updated.metadata, labels: { x: 'y' } }, status: { phase: 'Terminating' } }, 'test', 'status');
    expect(st.status).toEqual({ phase: 'Terminating' });
    expect(st.metadata.labels?.x).toBeUndefined();
  });

  it('delivers watch events with the previous object and records the trace', () => {
    const c = cluster();
    const seen: string[] = [];
    c.watch((e) => {
      if (e.type === 'TRACE') return;
      seen.push(`${e.type} ${e.object.metadata.name} prev=${e.previous?.metadata.resourceVersion ?? '-'}`);
    });
    const a = c.api.create(lease('a'));
    c.api.update({ ...a, spec: { holderIdentity: 'x' } });
    c.api.delete('Lease', 'default', 'a');
    expect(seen).toEqual([`ADDED a prev=-`, `MODIFIED a prev=${a.metadata.resourceVersion}`, `DELETED a prev=${Number(a.metadata.resourceVersion) + 1}`]);
    const verbs = c.trace().filter((t) => t.name === 'a').map((t) => `${t.from}>${t.to}:${t.verb}`);
    expect(verbs).toEqual(['kubectl>api-server:create', 'api-server>etcd:write', 'kubectl>api-server:update', 'api-server>etcd:write', 'kubectl>api-server:delete', 'api-server>etcd:delete']);
  });

  it('holds an object with finalizers until the last one is removed', () => {
    const c = cluster();
    c.api.create({ ...lease('a'), metadata: { name: 'a', namespace: 'default', finalizers: ['example.com/keep'] } });
    const marked = c.api.delete('Lease', 'default', 'a') as KObject;
    expect(marked.metadata.deletionTimestamp).toBe('2025-01-01T00:00:00Z');
    expect(c.get('Lease', 'default', 'a')).toBeDefined();
    const cur = c.get('Lease', 'default', 'a') as KObject;
    c.api.update({ ...cur, metadata: { ...cur.metadata, finalizers: [] } });
    expect(c.get('Lease', 'default', 'a')).toBeUndefined();
  });
});
