// What the servers of the image catalogue answer to an HTTP GET, as the real images do: nginx's
// welcome page (or the file a ConfigMap mounted or an exec wrote under its root, else its 404
// page), httpd's "It works!", hello-app's three lines, the Kubernetes Basics app's one line, the
// serve-hostname images' pod name, php-apache's "OK!", http-echo's -text.
// [nginx html/index.html 1.27; httpd htdocs/index.html; GoogleCloudPlatform/kubernetes-engine-samples
//  hello-app/main.go; kubernetes-bootcamp server.js; agnhost serve-hostname; hpa-example index.php]
// Simplification: a server without a modelled page answers nothing over HTTP (its protocol is not
// HTTP, or its pages are not modelled): the client sees an empty reply.

export interface HttpResponse {
  status: number;
  reason: string;
  contentType: string;
  body: string;
  server?: string;
}

export interface Listener {
  /** The image repository (docker.io/library/nginx) and its software version. */
  repo: string;
  tag: string;
  version?: string;
  /** The container's argv (agnhost's subcommand, http-echo's -text). */
  argv: string[];
  podName: string;
  /** The files the server sees (mounted volumes, files written by exec). */
  files: Record<string, string>;
}

export const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const ok = (body: string, contentType = 'text/plain; charset=utf-8', server?: string): HttpResponse => ({ status: 200, reason: 'OK', contentType, body, ...(server ? { server } : {}) });

function nginx(l: Listener, path: string): HttpResponse {
  const server = `nginx/${l.version ?? '1.27.3'}`;
  const root = '/usr/share/nginx/html';
  const file = `${root}${path.endsWith('/') ? `${path}index.html` : path}`;
  if (Object.hasOwn(l.files, file)) return ok(l.files[file], 'text/html', server);
  if (file === `${root}/index.html`) return ok(NGINX_WELCOME, 'text/html', server);
  return { status: 404, reason: 'Not Found', contentType: 'text/html', body: `<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>${server}</center>\r\n</body>\r\n</html>\r\n`, server };
}

function flag(argv: string[], name: string): string | undefined {
  const a = argv.find((x) => x.startsWith(`-${name}=`) || x.startsWith(`--${name}=`));
  return a?.slice(a.indexOf('=') + 1);
}

/** The response of the server in `l` to GET `path`, or undefined (no HTTP answer). */
export function respond(l: Listener, path: string): HttpResponse | undefined {
  const repo = l.repo.replace(/^.*\//, '');
  if (/nginx/.test(l.repo) && !/echoserver|hello-frontend/.test(l.repo)) return nginx(l, path);
  if (repo === 'httpd') return ok('<html><body><h1>It works!</h1></body></html>\n', 'text/html');
  if (repo === 'hello-app') return ok(`Hello, world!\nVersion: ${l.tag.startsWith('2') ? '2.0.0' : '1.0.0'}\nHostname: ${l.podName}\n`);
  if (repo === 'kubernetes-bootcamp') return ok(`Hello Kubernetes bootcamp! | Running on: ${l.podName} | v=${l.tag === 'v2' ? 2 : 1}\n`);
  if (repo === 'serve_hostname' || (repo === 'agnhost' && l.argv.includes('serve-hostname'))) return ok(l.podName);
  if (repo === 'hpa-example') return ok('OK!', 'text/html; charset=UTF-8');
  if (repo === 'http-echo') return ok(`${flag(l.argv, 'text') ?? ''}\n`);
  if (repo === 'node-hello') return ok('Hello Kubernetes!');
  if (repo === 'hello-go-gke') return ok('{"message":"Hello"}', 'application/json');
  return undefined;
}
