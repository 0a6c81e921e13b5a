// containerd + runc, as far as a pod can tell: which process a container runs (image ENTRYPOINT/
// CMD overridden by command/args, kubelet's $(VAR) expansion), whether it exists in the image
// (runc's StartError), how it behaves over virtual time (servers run until signalled, shell
// scripts run in the tiny shell), how it answers SIGTERM, and what it writes to its log.
// Programs the catalogue names (perl, stress, interpreters) run as programs.ts says.
// Simplification: an image's filesystem is "a shell and coreutils" or nothing; servers never fail.
import { BOOT, renderBoot } from './catalogue/boot';
import type { ImageInfo, ImageProfile } from './images';
import { type ProgramRun, runProgram } from './programs';
import { type ShellState, newShell, runShell } from './shell';

/** What a process asks of the kernel: CPU and memory (reached after rampMs), before any limit. */
export interface Usage {
  cpuMilli: number;
  memoryBytes: number;
  rampMs?: number;
}

export type Proc =
  | { kind: 'server'; stop?: ImageProfile['stop']; ports?: number[]; healthyMs?: number; usage?: Usage }
  | { kind: 'shell'; sh: ShellState; flavor: 'busybox' | 'dash'; wakeAt: number }
  /** A program that prints `out` and exits with `code` after `ms` (at = start + ms once started). */
  | { kind: 'task'; ms: number; at?: number; code: number; out: string[]; usage?: Usage; stop?: ImageProfile['stop'] };

export interface LogBuffer {
  /** The container instance (containerd://…) that wrote it. */
  id?: string;
  /** A start-up banner rendered on read (servers print a dozen lines; storing them per pod is waste). */
  boot?: { tpl: string; at: number; tag: string; ip: string; version?: string; host?: string };
  /** [virtual ms, line]. */
  lines: [number, string][];
}

export const MAX_LOG_LINES = 1000;

const SHELLS = new Set(['sh', '/bin/sh', 'ash', '/bin/ash', 'bash', '/bin/bash']);
const UTILITIES = new Set(['sleep', 'echo', 'printenv', 'env', 'true', 'false', 'date', 'hostname', 'touch', 'rm', 'cat', 'ls', 'printf', 'test', 'wget']);

/** A started process; `lines` (tokens as in catalogue/boot.ts) are written as it starts. */
export type Resolved = { ok: true; proc: Proc; boot?: string; lines?: string[] } | { ok: false; message: string };

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
  /** The files mounted into the container (read only for a server that needs one). */
  files: () => Record<string, string> = () => ({}),
): Resolved {
  const p = image.profile;
  const envMap = Object.fromEntries(env);
  const command = container.command?.map((s) => expandK8sVars(s, envMap));
  const args = container.args?.map((s) => expandK8sVars(s, envMap));
  let argv = [...(command ?? p.entrypoint), ...(args ?? (command ? [] : p.cmd))];
  // Entrypoint wrappers (docker-entrypoint.sh) exec their arguments unless those are the server.
  while (argv.length && p.passthrough?.includes(argv[0])) {
    if (argv.length === 1 || p.servers?.includes(argv[1]) || argv[1].startsWith('-')) return startServer(p, argv, envMap, files);
    argv = argv.slice(1);
  }
  if (argv.length === 0) return { ok: false, message: 'failed to create containerd container: no command specified' };
  const [argv0] = argv;
  const program = p.programs && (Object.hasOwn(p.programs, argv0) ? p.programs[argv0] : undefined);
  if (program) return programProc(runProgram(program, argv, () => renderBoot('hello-world', { at: 0, version: '', kernel: '', ip: '', host: '' }), envMap));
  if (p.servers?.includes(argv0)) return startServer(p, argv, envMap, files);
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

/** The server, unless its entrypoint refuses to initialise it (postgres without a password). */
function startServer(p: ImageProfile, argv: string[], env: Record<string, string>, files: () => Record<string, string>): Resolved {
  const req = p.requires;
  const met = req && (req.anyOf.some((k) => Object.hasOwn(env, k) && env[k] !== '') || (req.file !== undefined && Object.hasOwn(files(), req.file)));
  if (req && !met) {
    return { ok: true, proc: { kind: 'task', ms: 150, code: req.code, out: [] }, lines: Object.hasOwn(BOOT, req.boot) ? BOOT[req.boot].lines : [] };
  }
  return { ok: true, proc: server(p, argv), boot: p.boot };
}

function programProc(run: ProgramRun): Resolved {
  if (run.exit) return { ok: true, proc: { kind: 'task', ms: run.exit.ms, code: run.exit.code, out: run.exit.out, ...(run.usage ? { usage: run.usage } : {}), ...(run.stop ? { stop: run.stop } : {}) }, lines: run.lines };
  const proc: Proc = { kind: 'server' };
  if (run.ports?.length) proc.ports = run.ports;
  if (run.usage) proc.usage = run.usage;
  if (run.stop) proc.stop = run.stop;
  return { ok: true, proc, lines: run.lines };
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
  if (proc.kind === 'task') {
    if (proc.at === undefined || proc.at > until) return undefined;
    for (const line of proc.out) host.log(proc.at, line);
    return { at: proc.at, code: proc.code };
  }
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
  if (proc.kind === 'task') return proc.at;
  return proc.kind === 'shell' && Number.isFinite(proc.wakeAt) ? proc.wakeAt : undefined;
}

/** The process starts now: a shell runs its first step, a task's exit time is fixed. */
export function startProc(proc: Proc, now: number): void {
  if (proc.kind === 'shell') proc.wakeAt = now;
  else if (proc.kind === 'task') proc.at = now + proc.ms;
}

/**
 * SIGTERM (or the image's STOPSIGNAL): servers exit after a short shutdown; a shell or `sleep` as
 * PID 1 has no handler, and the kernel ignores unhandled signals for init, so it waits for SIGKILL.
 */
export function stopBehaviour(proc: Proc): { ms: number; exitCode: number; signal: string } | undefined {
  if (proc.kind !== 'shell' && proc.stop) return { ms: proc.stop.ms, exitCode: proc.stop.exitCode, signal: proc.stop.signal };
  return undefined;
}

export function appendLog(buf: LogBuffer, at: number, line: string): void {
  buf.lines.push([at, line]);
  if (buf.lines.length > MAX_LOG_LINES) {
    buf.lines.splice(0, buf.lines.length - MAX_LOG_LINES);
    delete buf.boot;
  }
}

/** The log as `kubectl logs` returns it: banner first, then the captured lines. */
export function renderLog(buf: LogBuffer, kernel: string): [number, string][] {
  const b = buf.boot;
  if (!b) return buf.lines;
  const boot = renderBoot(b.tpl, { at: b.at, version: b.version ?? '', kernel, ip: b.ip, host: b.host ?? '' }).map((l): [number, string] => [b.at, l]);
  return boot.length ? [...boot, ...buf.lines] : buf.lines;
}

/** The lines a server writes when it receives its stop signal. */
export function stopLines(tpl: string | undefined, at: number, signal: string, version = ''): string[] {
  return renderBoot(tpl, { at, version, kernel: '', ip: '', host: '', signal }, 'stop');
}
