// `npm run serve`: the simulated cluster behind a Kubernetes API on 127.0.0.1, for the real
// kubectl and client libraries. Writes podchestra.kubeconfig and says how to use it.
//   npm run serve -- [--port 6443] [--host 127.0.0.1] [--seed 1] [--nodes 3] [--speed 1] [--token T] [--kubeconfig PATH] [--www DIR]
// --www (default: the built app, dist/, when it exists) is served under /podchestra/ (static.ts).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from './serve';

const USAGE = `usage: npm run serve -- [--port N] [--host ADDR] [--seed N] [--nodes N] [--speed N] [--token T] [--kubeconfig PATH] [--www DIR]`;

function parse(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    }
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(a);
    if (!m) {
      console.error(`unknown argument: ${a}\n${USAGE}`);
      process.exit(2);
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined) {
      console.error(`--${m[1]} needs a value\n${USAGE}`);
      process.exit(2);
    }
    out[m[1]] = value;
  }
  return out;
}

function num(flags: Record<string, string>, name: string, fallback: number, check: (n: number) => boolean): number {
  if (flags[name] === undefined) return fallback;
  const n = Number(flags[name]);
  if (!Number.isFinite(n) || !check(n)) {
    console.error(`--${name}: not a valid value: ${flags[name]}`);
    process.exit(2);
  }
  return n;
}

const flags = parse(process.argv.slice(2));
const known = new Set(['port', 'host', 'seed', 'nodes', 'speed', 'token', 'kubeconfig', 'www']);
for (const k of Object.keys(flags))
  if (!known.has(k)) {
    console.error(`unknown flag: --${k}\n${USAGE}`);
    process.exit(2);
  }
const kubeconfig = resolve(flags.kubeconfig ?? 'podchestra.kubeconfig');
const builtApp = join(import.meta.dirname, '..', 'dist');
const www = flags.www ?? (existsSync(join(builtApp, 'index.html')) ? builtApp : undefined);
const served = await serve({
  port: num(flags, 'port', 6443, (n) => Number.isInteger(n) && n >= 0 && n < 65536),
  host: flags.host ?? '127.0.0.1',
  seed: num(flags, 'seed', 1, Number.isInteger),
  nodes: num(flags, 'nodes', 3, (n) => Number.isInteger(n) && n >= 0 && n <= 5000),
  speed: num(flags, 'speed', 1, (n) => n >= 0 && n <= 1000),
  token: flags.token,
  kubeconfig,
  www,
});
console.log(
  `Podchestra's cluster is served at ${served.url} (Kubernetes ${served.cluster.config.kubernetesVersion}, seed ${served.cluster.config.seed}).`,
);
if (www) console.log(`The app, attached to this cluster: ${served.url}/podchestra/`);
else console.log('(npm run build first to have this server show the app too, at /podchestra/.)');
console.log(`Kubeconfig written to ${kubeconfig}. In another terminal:\n\n  export KUBECONFIG=${kubeconfig}\n  kubectl get nodes\n`);
const stop = () => {
  void served.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
