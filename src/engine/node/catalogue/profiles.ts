// Profiles several repositories share: the same entrypoint conventions, shells and servers.
import type { ImageProfile } from './types';

/** A base image whose CMD is its shell (busybox ash). With no stdin, `sh` exits 0 at once. */
export const BUSYBOX: ImageProfile = { entrypoint: [], cmd: ['sh'], shell: 'busybox', idleMi: 0.5 };
/** A Debian/Ubuntu/RHEL-family base image: bash as CMD, dash-like error wording. */
export const DISTRO: ImageProfile = { entrypoint: [], cmd: ['/bin/bash'], shell: 'dash', idleMi: 0.5 };

/**
 * A Go binary as PID 1 without a SIGTERM handler: the runtime re-raises, the kernel ignores it for
 * init, and Go falls back to exit(2).
 */
export const GO_STOP = { signal: 'SIGTERM', exitCode: 2, ms: 10 };
/** A server that exits cleanly on SIGTERM after a short shutdown. */
export const CLEAN_STOP = { signal: 'SIGTERM', exitCode: 0, ms: 200 };
/** A JVM on SIGTERM: shutdown hooks, then exit 143 (128 + 15). */
export const JVM_STOP = { signal: 'SIGTERM', exitCode: 143, ms: 1500 };

/** An official image whose `docker-entrypoint.sh` execs the server (or any other command given). */
export function entrypointServer(server: string[], extra: Partial<ImageProfile> = {}): ImageProfile {
  return {
    entrypoint: ['docker-entrypoint.sh'],
    cmd: server,
    shell: 'dash',
    servers: [server[0]],
    passthrough: ['docker-entrypoint.sh', '/usr/local/bin/docker-entrypoint.sh'],
    stop: CLEAN_STOP,
    ...extra,
  };
}

/** A language runtime whose CMD is its interactive interpreter (exits 0 with no terminal). */
export function runtime(cmd: string, also: string[], idleMi: number, shell: 'busybox' | 'dash' = 'dash'): ImageProfile {
  const programs: Record<string, 'repl'> = {};
  for (const p of [cmd, ...also]) programs[p] = 'repl';
  return { entrypoint: [], cmd: [cmd], shell, programs, idleMi };
}
