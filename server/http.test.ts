// The served API at the HTTP level: the Status answers for bad requests (never a crash or a hung
// connection), the body limit, the token, and the watch's resourceVersion semantics, selector
// filtering, bookmarks and the dropping of a watcher that does not read.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Served, serve } from './serve';
import { activeWatches } from './watch';

interface Answer {
  code: number;
  type: string;
  body: string;
}

function call(base: string, method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers: { 'Content-Type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ code: res.statusCode ?? 0, type: String(res.headers['content-type']), body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Opens a watch and collects its lines until `until` says enough (or the stream ends). */
function watch(base: string, path: string, until: (lines: unknown[]) => boolean): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const lines: unknown[] = [];
    const req = request(`${base}${path}`, (res) => {
      let buf = '';
      res.on('data', (d) => {
        buf += d;
        let i = buf.indexOf('\n');
        while (i >= 0) {
          lines.push(JSON.parse(buf.slice(0, i)));
          buf = buf.slice(i + 1);
          i = buf.indexOf('\n');
        }
        if (until(lines)) {
          req.destroy();
          resolve(lines);
        }
      });
      res.on('end', () => resolve(lines));
    });
    req.on('error', (e) => (lines.length ? resolve(lines) : reject(e)));
    req.end();
  });
}

const cm = (name: string, labels: Record<string, string> = {}, data: Record<string, string> = {}) =>
  JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, labels }, data });

describe('the served API over HTTP', () => {
  let served: Served;
  let base: string;
  beforeAll(async () => {
    served = await serve({ port: 0, speed: 0, watchCacheSize: 50 });
    base = served.url;
  });
  afterAll(async () => {
    await served?.close();
  });

  it('answers bad requests with Status objects', async () => {
    const cases: [string, string, string | undefined, number, string][] = [
      ['GET', '/api/v1/namespaces/default/pods/nope', undefined, 404, 'pods "nope" not found'],
      ['GET', '/api/v1/widgets', undefined, 404, 'the server could not find the requested resource'],
      ['GET', '/nowhere/at/all', undefined, 404, 'the server could not find the requested resource'],
      ['POST', '/api/v1/namespaces/default/configmaps', '{"kind":', 400, "couldn't get version/kind; json parse error"],
      ['POST', '/api/v1/namespaces/default/configmaps', '[1,2]', 400, "Object 'Kind' is missing"],
      ['POST', '/api/v1/namespaces/other/configmaps', cm('x'), 404, 'namespaces "other" not found'],
      [
        'POST',
        '/api/v1/namespaces/default/configmaps',
        JSON.stringify({ kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: 'x', namespace: 'kube-system' } }),
        400,
        'does not match the namespace',
      ],
      [
        'POST',
        '/api/v1/namespaces/default/configmaps',
        JSON.stringify({ kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: 'Bad_Name' } }),
        422,
        'ConfigMap "Bad_Name" is invalid',
      ],
      ['PATCH', '/api/v1/namespaces/default/configmaps/x', '{}', 415, 'accepted media types include: application/json-patch+json'],
      ['PUT', '/api/v1/namespaces/default/configmaps', '{}', 405, 'the server does not allow this method'],
      ['GET', '/api/v1/pods?labelSelector=a%20in%20(b', undefined, 400, 'unable to parse requirement'],
      ['GET', '/api/v1/pods?fieldSelector=spec.bogus%3Dx', undefined, 400, 'field label not supported: spec.bogus'],
      ['GET', '/api/v1/namespaces/default/pods?watch=true&resourceVersion=abc', undefined, 400, 'invalid resource version: abc'],
    ];
    for (const [method, path, body, code, message] of cases) {
      const a = await call(base, method, path, body);
      expect(a.code, `${method} ${path}`).toBe(code);
      const status = JSON.parse(a.body);
      expect(status.kind, `${method} ${path}`).toBe('Status');
      expect(status.code).toBe(code);
      expect(status.message, `${method} ${path}`).toContain(message);
    }
    const proto = await call(base, 'POST', '/api/v1/namespaces', 'k8s\0', { 'Content-Type': 'application/vnd.kubernetes.protobuf' });
    expect(proto.code).toBe(415);
  });

  it('creates, conflicts, updates and deletes', async () => {
    const created = await call(base, 'POST', '/api/v1/namespaces/default/configmaps', cm('one', { app: 'a' }));
    expect(created.code).toBe(201);
    const obj = JSON.parse(created.body);
    expect((await call(base, 'POST', '/api/v1/namespaces/default/configmaps', cm('one'))).code).toBe(409);
    const stale = await call(
      base,
      'PUT',
      '/api/v1/namespaces/default/configmaps/one',
      JSON.stringify({ ...obj, metadata: { ...obj.metadata, resourceVersion: '1' }, data: { k: 'v' } }),
    );
    expect(stale.code).toBe(409);
    expect(JSON.parse(stale.body).reason).toBe('Conflict');
    const put = await call(base, 'PUT', '/api/v1/namespaces/default/configmaps/one', JSON.stringify({ ...obj, data: { k: 'v' } }));
    expect(put.code).toBe(200);
    expect(JSON.parse(put.body).data).toEqual({ k: 'v' });
    const wrongName = await call(base, 'PUT', '/api/v1/namespaces/default/configmaps/one', cm('two'));
    expect(wrongName.code).toBe(400);
    const del = await call(base, 'DELETE', '/api/v1/namespaces/default/configmaps/one');
    expect(del.code).toBe(200);
    expect(JSON.parse(del.body)).toMatchObject({ kind: 'Status', status: 'Success', details: { name: 'one', kind: 'configmaps' } });
    expect((await call(base, 'GET', '/api/v1/namespaces/default/configmaps/one')).code).toBe(404);
  });

  it('deletes a collection by label selector', async () => {
    for (const [name, team] of [
      ['dc-1', 'gone'],
      ['dc-2', 'gone'],
      ['dc-3', 'kept'],
    ])
      await call(base, 'POST', '/api/v1/namespaces/default/configmaps', cm(name, { team }));
    const a = await call(base, 'DELETE', '/api/v1/namespaces/default/configmaps?labelSelector=team%3Dgone');
    expect(a.code).toBe(200);
    expect(JSON.parse(a.body).items.map((o: { metadata: { name: string } }) => o.metadata.name)).toEqual(['dc-1', 'dc-2']);
    const left = JSON.parse((await call(base, 'GET', '/api/v1/namespaces/default/configmaps?labelSelector=team')).body);
    expect(left.items.map((o: { metadata: { name: string } }) => o.metadata.name)).toEqual(['dc-3']);
  });

  it('binds a pod (binding) and writes status through the status subresource only', async () => {
    const podBody = JSON.stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'mine' },
      spec: { schedulerName: 'my-scheduler', containers: [{ name: 'c', image: 'nginx:1.27' }] },
    });
    expect((await call(base, 'POST', '/api/v1/namespaces/default/pods', podBody)).code).toBe(201);
    const bound = await call(
      base,
      'POST',
      '/api/v1/namespaces/default/pods/mine/binding',
      JSON.stringify({ apiVersion: 'v1', kind: 'Binding', metadata: { name: 'mine' }, target: { kind: 'Node', name: 'node-2' } }),
    );
    expect(bound.code).toBe(201);
    const pod = JSON.parse((await call(base, 'GET', '/api/v1/namespaces/default/pods/mine')).body);
    expect(pod.spec.nodeName).toBe('node-2');
    const again = await call(base, 'POST', '/api/v1/namespaces/default/pods/mine/binding', JSON.stringify({ target: { name: 'node-3' } }));
    expect(again.code).toBe(409);
    expect(JSON.parse(again.body).message).toBe(
      'Operation cannot be fulfilled on pods/binding "mine": pod mine is already assigned to node "node-2"',
    );
    // A status write keeps the spec; a spec write keeps the status.
    const ns = JSON.parse((await call(base, 'GET', '/api/v1/namespaces/default')).body);
    const viaStatus = await call(
      base,
      'PUT',
      '/api/v1/namespaces/default/status',
      JSON.stringify({ ...ns, spec: { finalizers: [] }, status: { phase: 'Active', conditions: [{ type: 'Custom', status: 'True' }] } }),
    );
    expect(viaStatus.code).toBe(200);
    const after = JSON.parse((await call(base, 'GET', '/api/v1/namespaces/default/status')).body);
    expect(after.status.conditions).toEqual([{ type: 'Custom', status: 'True' }]);
    expect(after.spec).toEqual(ns.spec);
  });

  it('prints a server-side Table with the wide columns at priority 1', async () => {
    served.cluster.advance(5_000);
    const a = await call(base, 'GET', '/api/v1/nodes', undefined, {
      Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json',
    });
    const t = JSON.parse(a.body);
    expect(t.kind).toBe('Table');
    expect(t.columnDefinitions.map((c: { name: string; priority: number }) => `${c.name}:${c.priority}`)).toEqual([
      'NAME:0',
      'STATUS:0',
      'ROLES:0',
      'AGE:0',
      'VERSION:0',
      'INTERNAL-IP:1',
      'EXTERNAL-IP:1',
      'OS-IMAGE:1',
      'KERNEL-VERSION:1',
      'CONTAINER-RUNTIME:1',
    ]);
    expect(t.rows[0].cells.slice(0, 2)).toEqual(['node-1', 'Ready']);
    expect(t.rows[0].object.kind).toBe('PartialObjectMetadata');
  });

  it('refuses a body over 3 MiB with 413, declared or streamed, and keeps serving', async () => {
    const big = cm('big', {}, { k: 'x'.repeat(3 * 1024 * 1024 + 10) });
    const declared = await call(base, 'POST', '/api/v1/namespaces/default/configmaps', big);
    expect(declared.code).toBe(413);
    expect(JSON.parse(declared.body).reason).toBe('RequestEntityTooLarge');
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${base}/api/v1/namespaces/default/configmaps`,
        { method: 'POST', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 4; i++) req.write(Buffer.alloc(1024 * 1024, 'x'));
      req.end();
    });
    expect(streamed).toBe(413);
    expect((await call(base, 'GET', '/version')).code).toBe(200);
  });

  it('needs the bearer token when it has one', async () => {
    const guarded = await serve({ port: 0, speed: 0, token: 's3cret' });
    try {
      const no = await call(guarded.url, 'GET', '/api/v1/pods');
      expect(no.code).toBe(401);
      expect(JSON.parse(no.body).reason).toBe('Unauthorized');
      expect((await call(guarded.url, 'GET', '/api/v1/pods', undefined, { Authorization: 'Bearer s3cret' })).code).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('watches from a listed resourceVersion, filters by label (leaving the selection is DELETED) and ends with 410 for a too-old version', async () => {
    const list = JSON.parse((await call(base, 'GET', '/api/v1/namespaces/default/configmaps?labelSelector=team%3Dred')).body);
    const rv = list.metadata.resourceVersion;
    const events = watch(
      base,
      `/api/v1/namespaces/default/configmaps?watch=true&labelSelector=team%3Dred&resourceVersion=${rv}`,
      (l) => l.length >= 3,
    );
    await new Promise((r) => setTimeout(r, 100));
    const red = JSON.parse((await call(base, 'POST', '/api/v1/namespaces/default/configmaps', cm('red', { team: 'red' }))).body);
    await call(base, 'POST', '/api/v1/namespaces/default/configmaps', cm('blue', { team: 'blue' }));
    await call(base, 'PUT', '/api/v1/namespaces/default/configmaps/red', JSON.stringify({ ...red, data: { a: 'b' } }));
    await call(
      base,
      'PUT',
      '/api/v1/namespaces/default/configmaps/red',
      JSON.stringify({ ...red, metadata: { ...red.metadata, resourceVersion: undefined, labels: { team: 'blue' } } }),
    );
    const got = (await events) as { type: string; object: { metadata: { name: string } } }[];
    expect(got.map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual(['ADDED red', 'MODIFIED red', 'DELETED red']);
    // The cache keeps 50 changes here: a version from before them is gone.
    for (let i = 0; i < 60; i++) await call(base, 'POST', '/api/v1/namespaces/default/configmaps', cm(`filler-${i}`));
    const gone = (await watch(base, `/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=${rv}`, () => false)) as {
      type: string;
      object: { code: number; reason: string };
    }[];
    expect(gone).toHaveLength(1);
    expect(gone[0]).toMatchObject({ type: 'ERROR', object: { code: 410, reason: 'Expired' } });
  });

  it('starts a watch without a version with the objects that exist, then the initial-events-end bookmark', async () => {
    const lines = (await watch(
      base,
      '/api/v1/nodes?watch=true&sendInitialEvents=true&allowWatchBookmarks=true&resourceVersionMatch=NotOlderThan',
      (l) => l.length >= 4,
    )) as {
      type: string;
      object: { metadata: { name?: string; annotations?: Record<string, string> } };
    }[];
    expect(lines.map((e) => e.type)).toEqual(['ADDED', 'ADDED', 'ADDED', 'BOOKMARK']);
    expect(lines[3].object.metadata.annotations).toEqual({ 'k8s.io/initial-events-end': 'true' });
    // Booleans as Go's ParseBool reads them: the Python client sends `watch=True`.
    const python = (await watch(base, '/api/v1/nodes?watch=True', (l) => l.length >= 3)) as { type: string }[];
    expect(python.map((e) => e.type)).toEqual(['ADDED', 'ADDED', 'ADDED']);
  });

  it('drops a watcher that stops reading, and the cluster goes on', async () => {
    // The earlier tests' watches close as their clients hang up.
    for (let i = 0; i < 50 && activeWatches() > 0; i++) await new Promise((r) => setTimeout(r, 20));
    const before = activeWatches();
    expect(before).toBe(0);
    const req = request(`${base}/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=0`, (res) => res.pause()); // never reads
    req.on('error', () => {});
    req.end();
    await new Promise((r) => setTimeout(r, 200));
    expect(activeWatches()).toBe(before + 1);
    const data = { k: 'y'.repeat(512 * 1024) };
    for (let i = 0; i < 60 && activeWatches() > before; i++) {
      served.cluster.api.create(
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `flood-${i}`, namespace: 'default' }, data } as never,
        'test',
      );
      await new Promise((r) => setImmediate(r));
    }
    expect(activeWatches()).toBe(before);
    served.cluster.advance(1_000);
    expect((await call(base, 'GET', '/version')).code).toBe(200);
  });
});
