// kubectl exec inside the kubelet: a command run in a running container's shell, with the
// container's environment, its files (written by its process, mounted from volumes, managed by
// the kubelet) and the image's commands, reaching other pods through cluster DNS and kube-proxy.
// The command's own stdout and stderr come back apart; with a TTY they share one stream.
// [k8s: pkg/kubelet/server/server.go getExec, pkg/kubelet/kubelet_pods.go GetExec/findContainer;
//  containerd's exec: a missing binary is runc's exec error, exit code 126]
// Simplifications: the command runs to completion at once (its sleeps take no virtual time; one
// that would run over a virtual minute, or write over 1 MiB, is stopped, exit 130); a Server container's environment
// is rebuilt from the spec at exec time; files written by exec outside the volumes persist until
// the container restarts (in the shell's own files, or the container's exec overlay).
import type { Store } from '../api/store';
import type { Pod } from '../objects/types';
import { containerEnv } from '../node/env';
import { lookupImage, parseImage } from '../node/images';
import { type ShellFlavor, type ShellHost, type ShellState, newShell, runShell } from '../node/shell';
import type { ContainerRt, PodRt } from '../node/state';
import { type Mount, mountedFiles } from '../node/volumes';
import { hasOwn, setOwn } from '../util/own';
import { curl } from './curl';
import { resolvePath } from '../node/shell-builtins';
import { imageFiles, isDir, ls, systemFiles } from './filesystem';
import { imageTools } from './image-tools';
import type { NetHost } from './network';
import { nslookup } from './nslookup';
import { wget } from './wget';

export interface ExecResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface ExecTarget {
  store: Store;
  pod: Pod;
  p: PodRt;
  c: ContainerRt;
  spec: { env?: unknown[]; envFrom?: unknown[]; volumeMounts?: Mount[] };
  now: number;
  net: NetHost;
}

const SHELLS = new Set(['sh', '/bin/sh', 'ash', '/bin/ash', 'bash', '/bin/bash']);
/** The commands of the shell's builtins (node/shell-builtins.ts) and text tools, as binaries of the image. */
const COMMANDS = new Set(['echo', 'printf', 'sleep', 'env', 'printenv', 'date', 'hostname', 'touch', 'rm', 'cat', 'ls', 'test', '[', 'true', 'false', 'mkdir', 'grep', 'head', 'tail', 'wc', 'sort', 'uniq', 'base64', 'id', 'pwd']);
/** A virtual minute of running (sleeps, or a busy loop's CPU): beyond it the command is stopped (the console cannot wait). */
const MAX_RUN_MS = 60_000;
/** Output kept from one exec (a runaway loop must not fill the page); the rest is dropped. */
export const MAX_EXEC_OUTPUT = 1 << 20;

function ociNotFound(argv0: string): ExecResult {
  const detail = argv0.includes('/') ? `stat ${argv0}: no such file or directory` : 'executable file not found in $PATH';
  return { stdout: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv0}": ${detail}: unknown\n`, stderr: '', exitCode: 126 };
}

/** The container's files as exec sees them. */
function filesOf(t: ExecTarget): Record<string, string> {
  const proc = t.c.proc;
  const own = proc?.kind === 'shell' ? proc.sh.files : { ...mountedFiles(t.spec.volumeMounts, t.p.mount?.payload ?? {}), ...(t.c.execFiles ?? {}) };
  return { ...systemFiles(t.pod), ...imageFiles(t.c.image), ...own };
}

function envOf(t: ExecTarget): [string, string][] {
  const proc = t.c.proc;
  if (proc?.kind === 'shell') return proc.sh.exported.filter((k) => hasOwn(proc.sh.vars, k)).map((k): [string, string] => [k, proc.sh.vars[k]]);
  const r = containerEnv(t.store, t.pod, t.spec, t.p.ip, t.c.running?.startedAt);
  return r.ok ? r.env : [];
}

/** Runs `argv` in the container; `stdin` is what -i passes (the console's empty input). */
export function execInContainer(t: ExecTarget, argv: string[], opts: { stdin?: string; tty: boolean }): ExecResult {
  const parsed = t.c.image ? parseImage(t.c.image) : undefined;
  const info = parsed?.ok ? lookupImage(parsed.ref) : undefined;
  const flavor: ShellFlavor | undefined = info?.profile.shell;
  const tools = imageTools(info?.repository ?? '', info?.ref.tag ?? '', flavor);
  const [argv0 = ''] = argv;
  const base = argv0.replace(/^\/(?:usr\/)?(?:s?bin)\//, '');
  if (!flavor) return ociNotFound(argv0);
  const files = filesOf(t);
  let sh: ShellState;
  if (SHELLS.has(argv0)) {
    if (flavor === 'busybox' && base === 'bash') return ociNotFound(argv0);
    const c = argv.indexOf('-c');
    // Without -c the shell reads its script from stdin: with -i, what was typed; else nothing.
    const script = c >= 0 ? (argv[c + 1] ?? '') : (opts.stdin ?? '');
    sh = newShell(envOf(t), { script, args: c >= 0 ? argv.slice(c + 3) : [] });
  } else {
    const known = COMMANDS.has(base) || (base === 'nslookup' && tools.nslookup) || (base === 'wget' && tools.wget) || (base === 'curl' && tools.curl);
    if (!known || (base !== argv0 && !/^\/(?:usr\/)?s?bin\//.test(argv0))) return ociNotFound(argv0);
    sh = newShell(envOf(t), { argv });
  }
  sh.files = { ...files };
  let stdout = '';
  let stderr = '';
  const hostname = (t.pod.spec?.hostname as string | undefined) ?? t.pod.metadata.name;
  const host: ShellHost = {
    flavor,
    now: t.now,
    hostname,
    out: () => {},
    write: (s, fd) => {
      if (stdout.length + stderr.length >= MAX_EXEC_OUTPUT) return;
      if (fd === 1 || opts.tty) stdout += s;
      else stderr += s;
    },
    extra: (args, io, st) => {
      const name = args[0].replace(/^\/(?:usr\/)?(?:s?bin)\//, '');
      const rest = args.slice(1);
      if (name === 'cd') {
        const dir = resolvePath(st, rest[0] ?? st.vars.HOME ?? '/');
        if (!isDir(dir, st.files, flavor)) {
          io.err(flavor === 'dash' ? `sh: 1: cd: can't cd to ${rest[0]}\n` : `sh: cd: can't cd to ${rest[0]}: No such file or directory\n`);
          return flavor === 'dash' ? 2 : 1;
        }
        setOwn(st.vars, 'PWD', dir);
        return 0;
      }
      if (name === 'pwd') {
        io.out(`${st.vars.PWD ?? '/'}\n`);
        return 0;
      }
      if (name === 'ls') {
        const r = ls(rest, st.files, flavor, (p) => resolvePath(st, p), opts.tty);
        io.out(r.stdout);
        io.err(r.stderr);
        return r.exitCode;
      }
      if (name === 'nslookup' && tools.nslookup) {
        const r = nslookup(t.store, t.pod.metadata.namespace ?? 'default', rest, tools.nslookup);
        io.out(r.stdout);
        io.err(r.stderr);
        return r.exitCode;
      }
      if (name === 'wget' && tools.wget) return wget(t.net, rest, io, st);
      if (name === 'curl' && tools.curl) return curl(t.net, rest, io, st, opts.tty);
      return undefined;
    },
  };
  let code = 130;
  // Stopped like the loop it is once its output passes the cap (nobody reads the rest).
  for (let slept = 0; slept <= MAX_RUN_MS && stdout.length + stderr.length < MAX_EXEC_OUTPUT; ) {
    const r = runShell(sh, { ...host, now: t.now + slept });
    if (r.kind === 'exit') {
      code = r.code;
      break;
    }
    slept += r.ms;
  }
  keepWrites(t, files, sh.files);
  return { stdout, stderr, exitCode: code };
}

/** Files the command wrote stay in the container: in its shell's files, or its exec overlay. */
function keepWrites(t: ExecTarget, before: Record<string, string>, after: Record<string, string>): void {
  const proc = t.c.proc;
  const system = { ...systemFiles(t.pod), ...imageFiles(t.c.image) };
  const mounts = (t.spec.volumeMounts ?? []).map((m) => `${m.mountPath.replace(/\/$/, '')}/`);
  const target = proc?.kind === 'shell' ? proc.sh.files : (t.c.execFiles ??= {});
  for (const [k, v] of Object.entries(after)) {
    if ((hasOwn(system, k) && system[k] === v) || mounts.some((m) => k.startsWith(m))) continue;
    if (!hasOwn(before, k) || before[k] !== v) setOwn(target, k, v);
  }
  for (const k of Object.keys(before)) if (!hasOwn(after, k) && hasOwn(target, k)) delete target[k];
  if (proc?.kind !== 'shell' && !Object.keys(target).length) delete t.c.execFiles;
}
