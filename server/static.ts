// The built app (dist/) on the API's own origin, under /podchestra/ (the prefix the docs give
// `kubectl proxy --www-prefix` too), so a page opened from `npm run serve` reads the served cluster
// with no CORS and no credentials (issue 13, point 2). Its index.html gets one marker,
// `<meta name="podchestra-source" content="served">`, which the app reads (src/views/live/detect.ts)
// to attach to this API instead of running its own simulation. Only GET and HEAD; nothing outside
// the folder is ever read; a request the site does not answer goes on to the API.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

export const SITE_PREFIX = '/podchestra/';
export const SERVED_MARKER = '<meta name="podchestra-source" content="served">';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The site's handler: true when it answered the request, false to leave it to the API. */
export type StaticSite = (req: IncomingMessage, res: ServerResponse) => boolean;

export function staticSite(dir: string): StaticSite {
  const root = normalize(dir);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`${dir} holds no index.html: run npm run build first`);
  // Read once: the marker goes in before any script, so the app sees it on its first line.
  const index = readFileSync(indexFile, 'utf8').replace(/<head>/i, (h) => `${h}\n    ${SERVED_MARKER}`);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = (req.url ?? '/').split('?')[0];
    // A browser at the bare address (it asks for HTML; kubectl never does) is sent to the app.
    if (path === '/' && /text\/html/.test(req.headers.accept ?? '')) return redirect(res, SITE_PREFIX);
    if (path === SITE_PREFIX.slice(0, -1)) return redirect(res, SITE_PREFIX);
    if (!path.startsWith(SITE_PREFIX)) return false;
    let rel: string;
    try {
      rel = decodeURIComponent(path.slice(SITE_PREFIX.length));
    } catch {
      rel = '\0';
    }
    const file = normalize(join(root, rel));
    if (rel === '' || rel === 'index.html') {
      res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : index);
      return true;
    }
    if (rel.includes('\0') || !file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
      return true;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  };
}

function redirect(res: ServerResponse, to: string): true {
  res.writeHead(302, { Location: to });
  res.end();
  return true;
}
