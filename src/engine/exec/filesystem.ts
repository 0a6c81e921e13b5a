// The files kubectl exec sees in a container: what its shell wrote, its mounted ConfigMap and
// Secret volumes, the files the kubelet writes into every container (/etc/resolv.conf, /etc/hosts,
// /etc/hostname, the service account's namespace), and the image's top-level directories for `ls`.
// Simplifications: directories exist only as the parents of files (plus the image's root
// directories); no permissions, sizes or symlinks (`ls -l` lists names); the service account
// volume holds only `namespace` (its token and CA are not modelled).
import type { Pod } from '../objects/types';
import type { ShellFlavor } from '../node/shell';
import { hostsFile, resolvConf } from './dns';
import { NGINX_WELCOME } from './responses';

const ROOT: Record<ShellFlavor, string[]> = {
  busybox: ['bin', 'dev', 'etc', 'home', 'lib', 'proc', 'root', 'sys', 'tmp', 'usr', 'var'],
  dash: ['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'],
};

/** The kubelet-managed files of a container. */
export function systemFiles(pod: Pod): Record<string, string> {
  const ns = pod.metadata.namespace ?? 'default';
  return {
    '/etc/resolv.conf': resolvConf(ns),
    '/etc/hosts': hostsFile(pod),
    '/etc/hostname': `${(pod.spec?.hostname as string | undefined) ?? pod.metadata.name}\n`,
    '/var/run/secrets/kubernetes.io/serviceaccount/namespace': ns,
  };
}

/**
 * The Kubernetes Basics app's /server.js (module 3 `cat`s it), as the image ships it (v2 answers
 * `v=2`). [gcr.io/google-samples/kubernetes-bootcamp:v1 /server.js]
 */
function bootcampServer(version: 1 | 2): string {
  return `var http = require('http');
var requests=0;
var podname= process.env.HOSTNAME;
var startTime;
var host;
var handleRequest = function(request, response) {
  response.setHeader('Content-Type', 'text/plain');
  response.writeHead(200);
  response.write("Hello Kubernetes bootcamp! | Running on: ");
  response.write(host);
  response.end(" | v=${version}\\n");
  console.log("Running On:" ,host, "| Total Requests:", ++requests,"| App Uptime:", (new Date() - startTime)/1000 , "seconds", "| Log Time:",new Date());
}
var www = http.createServer(handleRequest);
www.listen(8080,function () {
    startTime = new Date();;
    host = process.env.HOSTNAME;
    console.log ("Kubernetes Bootcamp App Started At:",startTime, "| Running On: " ,host, "\\n" );
});
`;
}

/** Files of the image a learner looks at: nginx's document root, the bootcamp app's source. */
export function imageFiles(image: string | undefined): Record<string, string> {
  if (!image) return {};
  if (/(^|\/)nginx(:|@|$)/.test(image)) return { '/usr/share/nginx/html/index.html': NGINX_WELCOME };
  if (/kubernetes-bootcamp(:|@|$)/.test(image)) return { '/server.js': bootcampServer(/:v2$/.test(image) ? 2 : 1) };
  return {};
}

/** Whether `path` (absolute) is a directory of the container. */
export function isDir(path: string, files: Record<string, string>, flavor: ShellFlavor): boolean {
  if (path === '/' || ROOT[flavor].some((r) => path === `/${r}`)) return true;
  const prefix = `${path.replace(/\/+$/, '')}/`;
  return Object.keys(files).some((f) => f.startsWith(prefix));
}

/**
 * `ls [-1aAl] [DIR…]` over the container's files, busybox's or coreutils' words for a missing one.
 * On a terminal the names go across (two spaces apart) when they fit 80 columns, else one a line.
 */
export function ls(args: string[], files: Record<string, string>, flavor: ShellFlavor, abs: (p: string) => string = (p) => p, tty = false): { stdout: string; stderr: string; exitCode: number } {
  const dirs = args.filter((a) => !a.startsWith('-') || a === '-');
  const across = tty && !args.some((a) => /^-\w*[1l]/.test(a));
  const showHidden = args.some((a) => /^-\w*[aA]/.test(a));
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  const targets = dirs.length ? dirs : ['.'];
  targets.forEach((d, k) => {
    const path = abs(d === '/' ? '/' : d.replace(/\/+$/, ''));
    if (Object.hasOwn(files, path)) {
      stdout += `${d}\n`;
      return;
    }
    const prefix = path === '/' ? '/' : `${path}/`;
    const names = new Set<string>(path === '/' ? ROOT[flavor] : []);
    for (const f of Object.keys(files)) if (f.startsWith(prefix)) names.add(f.slice(prefix.length).split('/')[0]);
    if (!names.size && !isDir(path, files, flavor)) {
      stderr += flavor === 'dash' ? `ls: cannot access '${d}': No such file or directory\n` : `ls: ${d}: No such file or directory\n`;
      exitCode = flavor === 'dash' ? 2 : 1;
      return;
    }
    const list = [...names].filter((n) => showHidden || !n.startsWith('.')).sort();
    if (targets.length > 1) stdout += `${k > 0 ? '\n' : ''}${d}:\n`;
    const line = list.join('  ');
    stdout += across && line.length < 80 ? (line ? `${line}\n` : '') : list.map((n) => `${n}\n`).join('');
  });
  return { stdout, stderr, exitCode };
}
