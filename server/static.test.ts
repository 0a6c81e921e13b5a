// The built app on the API's origin (static.ts): the marker in index.html, files under /podchestra/
// only, nothing outside the folder, and every other path still the API's.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Served, serve } from './serve';
import { SERVED_MARKER } from './static';

describe('the app served beside the API', () => {
  let served: Served;
  let dir: string;
  beforeAll(async () => {
    const base = mkdtempSync(join(tmpdir(), 'podchestra-www-'));
    dir = join(base, 'dist');
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    writeFileSync(join(dir, 'assets', 'a.js'), 'console.log(1)');
    writeFileSync(join(dir, '..', 'secret.txt'), 'no');
    served = await serve({ port: 0, speed: 0, www: dir });
  });
  afterAll(() => served.close());

  it('marks index.html as opened from the served cluster, before any script', async () => {
    const res = await fetch(`${served.url}/podchestra/`);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html.indexOf(SERVED_MARKER)).toBeGreaterThan(html.indexOf('<head>'));
    expect(html.indexOf(SERVED_MARKER)).toBeLessThan(html.indexOf('<title>'));
  });

  it('serves the build’s files with their types, and nothing outside the folder', async () => {
    const js = await fetch(`${served.url}/podchestra/assets/a.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    expect((await fetch(`${served.url}/podchestra/..%2Fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${served.url}/podchestra/%2e%2e/secret.txt`)).status).toBe(404);
    expect((await fetch(`${served.url}/podchestra/missing.js`)).status).toBe(404);
  });

  it('sends a browser at / to the app, and leaves every API path to the API', async () => {
    const home = await fetch(`${served.url}/`, { headers: { Accept: 'text/html' }, redirect: 'manual' });
    expect(home.status).toBe(302);
    expect(home.headers.get('location')).toBe('/podchestra/');
    expect((await (await fetch(`${served.url}/version`)).json()).gitVersion).toBe('v1.32.0');
    const nodes = await (await fetch(`${served.url}/api/v1/nodes`)).json();
    expect(nodes.kind).toBe('NodeList');
    // A write is never the site's, even under its prefix.
    expect((await fetch(`${served.url}/podchestra/`, { method: 'POST' })).status).toBe(404);
  });
});
