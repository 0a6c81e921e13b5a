// What one probe attempt returns: exec runs the command in the container's tiny shell against its
// files, httpGet/tcpSocket/grpc reach a server process on its ports. Outputs are the kubelet's
// texts (pkg/probe/{exec,http,tcp,grpc}). Simplifications: servers start listening 200 ms after
// start, answer 200 (nginx: 404 for paths it has no file for) unless a fail-probe is active;
// exec sleeps count towards timeoutSeconds but no wall time passes.
import type { Proc } from './container-runtime';
import { newShell, runShell, type ShellFlavor } from './shell';

export const SERVER_LISTEN_MS = 200;

export interface ProbeSpec {
  exec?: { command?: string[] };
  httpGet?: { path?: string; port: number | string; host?: string; scheme?: string };
  tcpSocket?: { port: number | string; host?: string };
  grpc?: { port: number; service?: string };
  initialDelaySeconds?: number;
  periodSeconds?: number;
  timeoutSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
  terminationGracePeriodSeconds?: number;
}

export interface ProbeTarget {
  now: number;
  podIP: string;
  startedAt: number;
  proc?: Proc;
  /** The container's files (a shell's own set, or the mounted volumes of a server). */
  files: Record<string, string>;
  env: [string, string][];
  flavor?: ShellFlavor;
  /** The image's log template: tells nginx apart (it 404s unknown paths). */
  tpl?: string;
  ports: { name?: string; containerPort: number }[];
  /** A fail-probe fault is active for this probe. */
  failing: boolean;
}

export interface ProbeOutcome {
  ok: boolean;
  output: string;
}

const SHELLS = new Set(['sh', '/bin/sh', 'ash', '/bin/ash', 'bash', '/bin/bash']);

function listening(t: ProbeTarget, port: number): boolean {
  return t.proc?.kind === 'server' && !!t.proc.ports?.includes(port) && t.now >= t.startedAt + SERVER_LISTEN_MS;
}

function resolvePort(port: number | string, t: ProbeTarget): number | string {
  if (typeof port === 'number') return port;
  if (/^\d+$/.test(port)) return Number(port);
  return t.ports.find((p) => p.name === port)?.containerPort ?? port;
}

export function runProbe(spec: ProbeSpec, t: ProbeTarget): ProbeOutcome {
  if (spec.exec) return runExec(spec.exec.command ?? [], spec.timeoutSeconds ?? 1, t);
  if (spec.httpGet) {
    const h = spec.httpGet;
    const port = resolvePort(h.port, t);
    const host = h.host || t.podIP;
    const url = `${(h.scheme ?? 'HTTP').toLowerCase()}://${host}:${port}${h.path ?? '/'}`;
    if (typeof port !== 'number') return { ok: false, output: `unable to find port "${port}"` };
    if (!listening(t, port)) return { ok: false, output: `Get "${url}": dial tcp ${host}:${port}: connect: connection refused` };
    const path = (h.path ?? '/').split('?')[0];
    const healthyMs = t.proc?.kind === 'server' ? t.proc.healthyMs : undefined;
    const sick = t.failing || (healthyMs !== undefined && path === '/healthz' && t.now - t.startedAt > healthyMs);
    if (sick) return { ok: false, output: 'HTTP probe failed with statuscode: 500' };
    if (t.tpl?.startsWith('nginx') && path !== '/' && path !== '/index.html' && !(`/usr/share/nginx/html${path}` in t.files))
      return { ok: false, output: 'HTTP probe failed with statuscode: 404' };
    return { ok: true, output: '' };
  }
  if (spec.tcpSocket) {
    const port = resolvePort(spec.tcpSocket.port, t);
    const addr = `${spec.tcpSocket.host || t.podIP}:${port}`;
    if (typeof port !== 'number') return { ok: false, output: `unable to find port "${port}"` };
    if (!listening(t, port)) return { ok: false, output: `dial tcp ${addr}: connect: connection refused` };
    if (t.failing) return { ok: false, output: `dial tcp ${addr}: i/o timeout` };
    return { ok: true, output: '' };
  }
  if (spec.grpc) {
    // Simplification: any server listening on the port implements grpc.health.v1 (as tcpSocket).
    const addr = `${t.podIP}:${spec.grpc.port}`;
    if (!listening(t, spec.grpc.port)) return { ok: false, output: `timeout: failed to connect service "${addr}" within ${spec.timeoutSeconds ?? 1}s: context deadline exceeded` };
    if (t.failing) return { ok: false, output: 'service unhealthy (responded with "NOT_SERVING")' };
    return { ok: true, output: '' };
  }
  return { ok: true, output: '' };
}

/** `exec`: the command runs to completion in a fresh shell sharing the container's files. */
function runExec(command: string[], timeoutSeconds: number, t: ProbeTarget): ProbeOutcome {
  if (!t.flavor || !command.length) {
    const argv0 = command[0] ?? '';
    return { ok: false, output: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv0}": executable file not found in $PATH: unknown` };
  }
  if (t.failing) return { ok: false, output: '' };
  const c = command.indexOf('-c');
  const sh = SHELLS.has(command[0]) && c >= 0 ? newShell(t.env, { script: command[c + 1] ?? '' }) : newShell(t.env, { argv: command });
  sh.files = t.files;
  const lines: string[] = [];
  let slept = 0;
  for (;;) {
    const r = runShell(sh, { flavor: t.flavor, now: t.now + slept, hostname: '', out: (l) => lines.push(l) });
    if (r.kind === 'exit') return { ok: r.code === 0, output: lines.join('\n') };
    slept += r.ms;
    if (slept >= timeoutSeconds * 1000) return { ok: false, output: `command "${command.join(' ')}" timed out` };
  }
}
