// containerd + runc, as far as a pod can tell: which process a container runs (image ENTRYPOINT/
// CMD overridden by command/args, kubelet's $(VAR) expansion), whether it exists in the image
// (runc's StartError), how it behaves over virtual time (servers run until signalled, shell
// scripts run in the tiny shell), how it answers SIGTERM, and what it writes to its log.
// Simplification: an image's filesystem is "a shell and coreutils" or nothing; servers never fail.
import type { ImageInfo, ImageProfile } from './images';
import { type ShellState, newShell, runShell } from './shell';

export type Proc =
  | { kind: 'server'; stop?: ImageProfile['stop']; ports?: number[]; healthyMs?: number }
  | { kind: 'shell'; sh: ShellState; flavor: 'busybox' | 'dash'; wakeAt: number };

export interface LogBuffer {
  /** The container instance (containerd://…) that wrote it. */
  id?: string;
  /** A start-up banner rendered on read (servers print a dozen lines; storing them per pod is waste). */
  boot?: { tpl: string; at: number; tag: string; ip: string };
  /** [virtual ms, line]. */
  lines: [number, string][];
}

export const MAX_LOG_LINES = 1000;

const SHELLS = new Set(['sh', '/bin/sh', 'ash', '/bin/ash', 'bash', '/bin/bash']);
const UTILITIES = new Set(['sleep', 'echo', 'printenv', 'env', 'true', 'false', 'date', 'hostname', 'touch', 'rm', 'cat', 'ls', 'printf', 'test', 'wget']);

export type Resolved = { ok: true; proc: Proc; boot?: string } | { ok: false; message: string };

/** kubelet's $(VAR) expansion of command and args (expansion.MappingFuncFor): $$ escapes, unknown stays. */
export function expandK8sVars(s: string, env: Record<string, string>): string {
  return s.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (m, name?: string) => (m === '$$' ? '$' : name !== undefined && name in env ? env[name] : m));
}

function startError(argv0: string): Resolved {
  const detail = argv0.includes('/') ? `stat ${argv0}: no such file or directory` : 'executable file not found in $PATH';
  return {
    ok: false,
    message: `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "${argv0}": ${detail}: unknown`,
  };
}

/**
 * The process a container starts: command ?? ENTRYPOINT, then args ?? (CMD unless command was
 * given), as the kubelet and containerd combine them.
 */
export function resolveProcess(
  image: ImageInfo,
  container: { command?: string[]; args?: string[] },
  env: [string, string][],
): Resolved {
  const p = image.profile;
  const envMap = Object.fromEntries(env);
  const command = container.command?.map((s) => expandK8sVars(s, envMap));
  const args = container.args?.map((s) => expandK8sVars(s, envMap));
  let argv = [...(command ?? p.entrypoint), ...(args ?? (command ? [] : p.cmd))];
  // Entrypoint wrappers (docker-entrypoint.sh) exec their arguments unless those are the server.
  while (argv.length && p.passthrough?.includes(argv[0])) {
    if (argv.length === 1 || p.servers?.includes(argv[1]) || argv[1].startsWith('-')) return { ok: true, proc: server(p, argv), boot: p.boot };
    argv = argv.slice(1);
  }
  if (argv.length === 0) return { ok: false, message: 'failed to create containerd container: no command specified' };
  const [argv0] = argv;
  if (p.servers?.includes(argv0)) return { ok: true, proc: server(p, argv), boot: p.boot };
  if (!p.shell) return startError(argv0);
  const flavor = p.shell;
  if (SHELLS.has(argv0)) {
    if (flavor === 'busybox' && argv0.includes('bash')) return startError(argv0);
    const c = argv.indexOf('-c');
    // `sh` with no script reads stdin, which is empty in a pod: it exits 0 at once.
    const script = c >= 0 ? (argv[c + 1] ?? '') : '';
    return { ok: true, proc: { kind: 'shell', flavor, wakeAt: 0, sh: newShell(env, { script, args: c >= 0 ? argv.slice(c + 3) : [] }) } };
  }
  const base = argv0.replace(/^\/(?:usr\/)?(?:s?bin)\//, '');
  if (UTILITIES.has(base) && (base === argv0 || /^\/(?:usr\/)?s?bin\//.test(argv0))) {
    return { ok: true, proc: { kind: 'shell', flavor, wakeAt: 0, sh: newShell(env, { argv }) } };
  }
  return startError(argv0);
}

/** A server process: the image's ports, or what an agnhost subcommand serves. */
function server(p: ImageProfile, argv: string[]): Proc {
  const proc: Proc = { kind: 'server', stop: p.stop };
  const ports = /agnhost$/.test(argv[0]) ? agnhostPorts(argv.slice(1)) : p.ports;
  if (ports?.length) proc.ports = ports;
  // agnhost liveness: /healthz answers 200 for the first 10 s, then 500 (test/images/agnhost/liveness).
  if (/agnhost$/.test(argv[0]) && argv[1] === 'liveness') proc.healthyMs = 10_000;
  return proc;
}

function agnhostPorts(args: string[]): number[] {
  const flag = (name: string, def: number) => {
    const a = args.find((x) => x.startsWith(`--${name}=`));
    return a ? Number(a.split('=')[1]) : def;
  };
  switch (args[0]) {
    case 'liveness':
      return [8080];
    case 'netexec':
      return [flag('http-port', 8080)];
    case 'serve-hostname':
      return [flag('port', 9376)];
    case 'test-webserver':
      return [flag('port', 80)];
  }
  return [];
}

export interface ProcHost {
  hostname: string;
  log(at: number, line: string): void;
}

/**
 * Runs a process forward to `until`. Returns the exit (time and code) if it ended, else undefined;
 * `wakeAt` says when it next needs the clock.
 */
export function advance(proc: Proc, until: number, host: ProcHost): { at: number; code: number } | undefined {
  if (proc.kind !== 'shell') return undefined;
  while (proc.wakeAt <= until) {
    const at = proc.wakeAt;
    const r = runShell(proc.sh, { flavor: proc.flavor, now: at, hostname: host.hostname, out: (l) => host.log(at, l) });
    if (r.kind === 'exit') {
      proc.wakeAt = Number.POSITIVE_INFINITY;
      return { at, code: r.code };
    }
    proc.wakeAt = at + Math.max(1, r.ms);
  }
  return undefined;
}

/** When a running process next needs attention, or undefined (a server idles). */
export function wakeOf(proc: Proc): number | undefined {
  return proc.kind === 'shell' && Number.isFinite(proc.wakeAt) ? proc.wakeAt : undefined;
}

/**
 * SIGTERM (or the image's STOPSIGNAL): servers exit after a short shutdown; a shell or `sleep` as
 * PID 1 has no handler, and the kernel ignores unhandled signals for init, so it waits for SIGKILL.
 */
export function stopBehaviour(proc: Proc): { ms: number; exitCode: number; signal: string } | undefined {
  if (proc.kind === 'server' && proc.stop) return { ms: proc.stop.ms, exitCode: proc.stop.exitCode, signal: proc.stop.signal };
  return undefined;
}

export function appendLog(buf: LogBuffer, at: number, line: string): void {
  buf.lines.push([at, line]);
  if (buf.lines.length > MAX_LOG_LINES) {
    buf.lines.splice(0, buf.lines.length - MAX_LOG_LINES);
    delete buf.boot;
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const VERSIONS: Record<string, string> = { '1.19': '1.19.10', '1.21': '1.21.6', '1.23': '1.23.4', '1.25': '1.25.5', '1.26': '1.26.2', stable: '1.26.2', '1.27': '1.27.3', latest: '1.27.3', alpine: '1.27.3', '1.27-alpine': '1.27.3' };

function bootLines(tpl: string, at: number, tag: string, ip: string, kernel: string): string[] {
  const d = new Date(Date.UTC(2025, 0, 1) + at);
  const ymd = `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const hms = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const ms = pad(d.getUTCMilliseconds(), 3);
  switch (tpl) {
    case 'nginx': {
      const n = (s: string) => `${ymd} [notice] 1#1: ${s}`;
      const e = '/docker-entrypoint.sh';
      return [
        `${e}: /docker-entrypoint.d/ is not empty, will attempt to perform configuration`,
        `${e}: Looking for shell scripts in /docker-entrypoint.d/`,
        `${e}: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh`,
        '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
        '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
        `${e}: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh`,
        `${e}: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh`,
        `${e}: Launching /docker-entrypoint.d/30-tune-worker-processes.sh`,
        `${e}: Configuration complete; ready for start up`,
        n('using the "epoll" event method'),
        n(`nginx/${VERSIONS[tag] ?? '1.27.3'}`),
        n('built by gcc 12.2.0 (Debian 12.2.0-14) '),
        n(`OS: Linux ${kernel}`),
        n('getrlimit(RLIMIT_NOFILE): 1048576:1048576'),
        n('start worker processes'),
        n('start worker process 29'),
        n('start worker process 30'),
      ];
    }
    case 'httpd':
    case 'apache': {
      const stamp = `[${d.toUTCString().slice(0, 3)} ${d.toUTCString().slice(8, 11)} ${pad(d.getUTCDate())} ${hms}.${ms}000 ${d.getUTCFullYear()}]`;
      const fqdn = `AH00558: ${tpl === 'httpd' ? 'httpd' : 'apache2'}: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message`;
      const server = tpl === 'httpd' ? 'Apache/2.4.62 (Unix)' : 'Apache/2.4.62 (Debian) PHP/8.2.26';
      return [fqdn, fqdn, `${stamp} [mpm_${tpl === 'httpd' ? 'event' : 'prefork'}:notice] [pid 1:tid 1] AH00163: ${server} configured -- resuming normal operations`, `${stamp} [core:notice] [pid 1:tid 1] AH00094: Command line: '${tpl === 'httpd' ? 'httpd' : 'apache2'} -D FOREGROUND'`];
    }
    case 'redis': {
      const t = `${pad(d.getUTCDate())} ${d.toUTCString().slice(8, 11)} ${d.getUTCFullYear()} ${hms}.${ms}`;
      return [
        `1:C ${t} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
        `1:C ${t} * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started`,
        `1:C ${t} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
        `1:M ${t} * monotonic clock: POSIX clock_gettime`,
        `1:M ${t} * Running mode=standalone, port=6379.`,
        `1:M ${t} * Server initialized`,
        `1:M ${t} * Ready to accept connections tcp`,
      ];
    }
    case 'hello-app':
      return [`${ymd} Server listening on port 8080`];
  }
  // nginx before 1.19 had no entrypoint script and logs nothing on a clean start.
  return [];
}

/** The log as `kubectl logs` returns it: banner first, then the captured lines. */
export function renderLog(buf: LogBuffer, kernel: string): [number, string][] {
  const boot = buf.boot ? bootLines(buf.boot.tpl, buf.boot.at, buf.boot.tag, buf.boot.ip, kernel).map((l): [number, string] => [(buf.boot as { at: number }).at, l]) : [];
  return boot.length ? [...boot, ...buf.lines] : buf.lines;
}

/** The lines a server writes when it receives its stop signal. */
export function stopLines(tpl: string | undefined, at: number, signal: string): string[] {
  if (tpl !== 'nginx') return [];
  const d = new Date(Date.UTC(2025, 0, 1) + at);
  const ymd = `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const num = signal === 'SIGQUIT' ? 3 : 15;
  return [
    `${ymd} [notice] 1#1: signal ${num} (${signal}) received, ${num === 3 ? 'shutting down' : 'exiting'}`,
    `${ymd} [notice] 29#29: gracefully shutting down`,
    `${ymd} [notice] 29#29: exiting`,
    `${ymd} [notice] 29#29: exit`,
    `${ymd} [notice] 1#1: signal 17 (SIGCHLD) received from 29`,
    `${ymd} [notice] 1#1: worker process 29 exited with code 0`,
    `${ymd} [notice] 1#1: exit`,
  ];
}
