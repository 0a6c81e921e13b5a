// Hostile requests get a Status with a 4xx code, never a 500, a crash or a hung connection, and
// the server goes on serving (issue 13, "Must hold").
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Served, serve } from './serve';

function call(
  base: string,
  method: string,
  path: string,
  body?: string,
  contentType = 'application/json',
): Promise<{ code: number; body: string }> {
  return new Promise((resolve, reject) => {
    // Content-Length always: Node's client sends a DELETE's body unframed otherwise.
    const headers = { 'Content-Type': contentType, 'Content-Length': String(Buffer.byteLength(body ?? '')) };
    const req = request(`${base}${path}`, { method, headers, timeout: 10_000 }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ code: res.statusCode ?? 0, body: text }));
    });
    req.on('timeout', () => reject(new Error(`${method} ${path}: no answer in 10 s`)));
    req.on('error', reject);
    req.end(body);
  });
}

const PODS = '/api/v1/namespaces/default/pods';
const pod = (extra: Record<string, unknown>) =>
  JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'h' },
    spec: { containers: [{ name: 'c', image: 'nginx' }] },
    ...extra,
  });

describe('hostile requests', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serve({ port: 0, speed: 0 });
  });
  afterAll(async () => {
    await served?.close();
  });

  it('answers each with a 4xx Status and keeps serving', async () => {
    const cases: [string, string, string?][] = [
      ['POST', PODS, '['.repeat(100_000) + ']'.repeat(100_000)],
      [
        'POST',
        PODS,
        JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'h', labels: { __proto__: 'x', constructor: 1 } } }),
      ],
      ['POST', PODS, JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: 'nope' })],
      ['POST', PODS, JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 7 } })],
      ['POST', PODS, pod({ spec: { containers: 'x' } })],
      ['POST', PODS, pod({ spec: { containers: [{ name: 'c', image: 'nginx', resources: { limits: { cpu: 'lots' } } }] } })],
      ['POST', PODS, JSON.stringify({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' } })],
      ['POST', PODS, JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x'.repeat(300) } })],
      ['POST', PODS, '\u0000\uffff'],
      ['POST', PODS, 'null'],
      ['POST', PODS, '"a string"'],
      ['PUT', `${PODS}/h`, pod({})],
      ['DELETE', `${PODS}/h`, '{"gracePeriodSeconds":"soon"}'],
      ['DELETE', `${PODS}/h`, '{"propagationPolicy":"Sideways"}'],
      ['DELETE', `${PODS}?labelSelector=${encodeURIComponent('!!!')}`],
      ['GET', `${PODS}?fieldSelector=${encodeURIComponent('metadata.name')}`],
      ['GET', `${PODS}?watch=maybe`],
      ['GET', `${PODS}?watch=true&resourceVersion=99999999999999999999999`],
      ['GET', `${PODS}/h/log?tailLines=lots`],
      ['GET', `${PODS}/h/exec`],
      ['GET', '/api/v1/namespaces/default/pods/%zz'],
      ['GET', '/api/v1/namespaces/../../etc/passwd'],
      ['GET', '/apis/apps/v9/deployments'],
      ['GET', '/apis/nope'],
      ['FOO', PODS],
      ['POST', '/api/v1/namespaces/default/pods/h/eviction', '{"deleteOptions":5}'],
      ['POST', '/api/v1/namespaces/default/pods/h/binding', '{"target":{}}'],
      ['PUT', '/apis/apps/v1/namespaces/default/deployments/nope/scale', '{"spec":{"replicas":"two"}}'],
    ];
    for (const [method, path, body] of cases) {
      const a = await call(served.url, method, path, body);
      const label = `${method} ${path.slice(0, 80)} ${body?.slice(0, 60) ?? ''}`;
      expect(a.code, label).toBeGreaterThanOrEqual(400);
      expect(a.code, `${label}: ${a.body.slice(0, 300)}`).toBeLessThan(500);
      if (method !== 'FOO') expect(a.body, label).toMatch(/^\{"kind":"Status"/);
    }
    expect((await call(served.url, 'GET', '/version')).code).toBe(200);
    served.cluster.advance(10_000);
    expect((await call(served.url, 'GET', PODS)).code).toBe(200);
  });
});
