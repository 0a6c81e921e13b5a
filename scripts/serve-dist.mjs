// A tiny static server for dist/ (no dependencies) used by the embed and offline e2e tests:
// the same build at `/` and under `/k8s/` (a course's sub-folder). Listens on 127.0.0.1 so
// http://127.0.0.1:<port> (the course page) and http://localhost:<port>/k8s/ (the app) are two origins.
// Usage: node scripts/serve-dist.mjs [port]   (or PORT=…; default 4174; DIST=<folder>, default dist/)
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// DIST=<folder> serves another build (e.g. a private one while others rebuild dist/).
const ROOT = resolve(process.env.DIST ?? fileURLToPath(new URL('../dist', import.meta.url)));
const SUB_PATH = '/k8s/';
const port = Number(process.argv[2] ?? process.env.PORT ?? 4174);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`serve-dist: not a port: ${process.argv[2] ?? process.env.PORT}`);
  process.exit(2);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The file under dist/ for a URL path, or undefined when it would leave dist/. */
function fileFor(pathname) {
  let rel = pathname;
  if (rel === '/k8s') return { redirect: SUB_PATH };
  if (rel.startsWith(SUB_PATH)) rel = rel.slice(SUB_PATH.length - 1);
  let decoded;
  try {
    decoded = decodeURIComponent(rel);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = normalize(join(ROOT, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  return file === ROOT || file.startsWith(ROOT + sep) ? { file } : undefined;
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed\n');
  const { pathname } = new URL(req.url ?? '/', 'http://x');
  const target = fileFor(pathname);
  if (!target) return send(res, 400, 'Bad path\n');
  if (target.redirect) {
    res.writeHead(301, { location: target.redirect });
    return res.end();
  }
  let file = target.file;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      // Hashed assets never change; everything else is revalidated (the service worker decides offline).
      'cache-control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  } catch {
    send(res, 404, 'Not found\n');
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`serve-dist: ${ROOT} at http://127.0.0.1:${port}/ and http://localhost:${port}${SUB_PATH}`);
});
