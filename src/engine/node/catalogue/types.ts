// The shape of the image catalogue: each repository a registry serves, its tags with their
// compressed sizes, and how a container built from it behaves (its profile). The catalogue is data;
// the behaviours it names (a server, a shell, a program such as perl or stress) are implemented
// once in container-runtime.ts and programs.ts.

/** Programs whose behaviour is modelled (programs.ts): what they print, use and when they exit. */
export type ProgramName =
  /** perl: `-Mbignum=bpi -wle 'print bpi(N)'` and `-e 'print "…"'`. */
  | 'perl'
  /** stress 1.0.4 (polinux/stress): --vm N --vm-bytes B [--vm-hang S], --cpu N, --timeout. */
  | 'stress'
  /** vishh/stress (vish/stress): -cpus N, -mem-total Q, -mem-alloc-size Q. */
  | 'vish-stress'
  /** An interactive interpreter (python3, node, irb, jshell, zsh): with no terminal and an empty stdin it exits 0 at once. */
  | 'repl'
  /** hello-world's /hello: prints its message and exits 0. */
  | 'hello'
  /** curl (curlimages/curl): no URL → its usage hint, exit 2. */
  | 'curl';

/** How a container built from the image behaves when it runs. */
export interface ImageProfile {
  /** ENTRYPOINT and CMD of the image config. */
  entrypoint: string[];
  cmd: string[];
  /** 'busybox' (ash: `sh: x: not found`), 'dash' (Debian: `sh: 1: x: not found`) or none (no shell in the image). */
  shell?: 'busybox' | 'dash';
  /** Executables that run the image's long-lived server. */
  servers?: string[];
  /** Entrypoint wrappers that exec their arguments when those are not the server. */
  passthrough?: string[];
  /** What the server does on the stop signal: exit code and how long it takes. */
  stop?: { signal: string; exitCode: number; ms: number };
  /** Start-up log: a key of BOOT (boot.ts), rendered when the log is read. */
  boot?: string;
  /** TCP ports the server listens on once it is up (probes and traffic reach these). */
  ports?: number[];
  /** Executables with a modelled behaviour: argv[0] (as written, or its base name) → program. */
  programs?: Record<string, ProgramName>;
  /**
   * The server refuses to start unless one of these variables is set (postgres, mysql, mariadb)
   * or, with `file`, that file is mounted (haproxy's configuration): it prints the BOOT lines
   * `boot` and exits with `code`.
   */
  requires?: { anyOf: string[]; file?: string; boot: string; code: number };
  /** Resident memory of the idle main process in MiB (what `kubectl top` shows for it). */
  idleMi?: number;
}

export interface CatalogueEntry {
  /** Fully qualified repository: `docker.io/library/nginx`. */
  repo: string;
  /** tag → compressed amd64 size in MB (10^6 bytes), as the registry reports it. */
  tags: Record<string, number>;
  profile: ImageProfile;
  /** Tags built differently (nginx before 1.19 had no entrypoint script; php's -cli tags). */
  variants?: { tags: string[]; profile: ImageProfile }[];
  /** Software version a tag ships, for the start-up banner (`*` for the rest). */
  versions?: Record<string, string>;
}

/** Start-up lines with tokens (boot.ts renderBoot) and the lines a stop signal makes it print. */
export interface BootTemplate {
  lines: string[];
  stop?: string[];
}
