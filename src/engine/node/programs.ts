// The programs the catalogue names (catalogue/types.ts ProgramName): what each prints, how long it
// runs, how it exits and the memory and CPU it asks of the kernel. Sources: stress 1.0.4 (stress.c),
// vishh/stress main.go, Math::BigFloat bpi, docker-library/hello-world.
// Simplifications: one-liners beyond the docs' (print bpi(N), print "…") are not interpreted: they
// say so in the log and exit 1; a vm worker's usage is its steady state (no malloc/free saw-tooth).
import type { ProgramName } from './catalogue/types';
import { piDigits } from './pi';

const MI = 1024 * 1024;

/** A program's run: lines at start, an exit (after ms) or a long life, and what it uses. */
export interface ProgramRun {
  /** Written at start; tokens as in catalogue/boot.ts. */
  lines: string[];
  exit?: { ms: number; code: number; out: string[] };
  usage?: { cpuMilli: number; memoryBytes: number; rampMs?: number };
  /** Answers the stop signal (Go programs exit 2); absent: PID 1 ignores SIGTERM until SIGKILL. */
  stop?: { signal: string; exitCode: number; ms: number };
  /** TCP ports it listens on (a long-lived server). */
  ports?: number[];
}

const SIZE: Record<string, number> = { b: 1, k: 1024, m: MI, g: 1024 * MI };
const TIME: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, y: 31_536_000 };

/** stress's atoll_b / atoll_s: a number with an optional suffix (sizes in powers of 1024). */
function suffixed(v: string | undefined, units: Record<string, number>): number | undefined {
  const m = /^(\d+)([a-zA-Z]?)$/.exec(v ?? '');
  if (!m) return undefined;
  const unit = m[2] ? units[m[2].toLowerCase()] : 1;
  return unit === undefined ? undefined : Number(m[1]) * unit;
}

const STRESS_USAGE = [
  "`stress' imposes certain types of compute stress on your system",
  '',
  'Usage: stress [OPTION [ARG]] ...',
  ' -?, --help         show this help statement',
  '     --version      show version statement',
  ' -v, --verbose      be verbose',
  ' -q, --quiet        be quiet',
  ' -n, --dry-run      show what would have been done',
  ' -t, --timeout N    timeout after N seconds',
  '     --backoff N    wait factor of N microseconds before work starts',
  ' -c, --cpu N        spawn N workers spinning on sqrt()',
  ' -i, --io N         spawn N workers spinning on sync()',
  ' -m, --vm N         spawn N workers spinning on malloc()/free()',
  '     --vm-bytes B   malloc B bytes per vm worker (default is 256MB)',
  '     --vm-stride B  touch a byte every B bytes (default is 4096)',
  '     --vm-hang N    sleep N secs before free (default none, 0 is inf)',
  '     --vm-keep      redirty memory instead of freeing and reallocating',
  ' -d, --hdd N        spawn N workers spinning on write()/unlink()',
  '     --hdd-bytes B  write B bytes per hdd worker (default is 1GB)',
  '',
  'Example: stress --cpu 2 --io 1 --vm 1 --vm-bytes 128M --timeout 10s',
  '',
  'Note: Numbers may be suffixed with s,m,h,d,y (time) or B,K,M,G (size).',
];

/** stress 1.0.4: workers for cpu, io, vm and hdd; --timeout ends a successful run. */
function stress(args: string[]): ProgramRun {
  const opt: Record<string, string> = {};
  const ALIAS: Record<string, string> = { '-c': '--cpu', '-i': '--io', '-m': '--vm', '-d': '--hdd', '-t': '--timeout', '-v': '--verbose', '-q': '--quiet', '-n': '--dry-run', '-?': '--help' };
  const FLAGS = new Set(['--verbose', '--quiet', '--dry-run', '--help', '--version', '--vm-keep']);
  for (let i = 0; i < args.length; i++) {
    const a = ALIAS[args[i]] ?? args[i];
    if (FLAGS.has(a)) opt[a] = '';
    else if (a.startsWith('--')) opt[a] = args[++i] ?? '';
    else return { lines: [`stress: FAIL: [1] (244) unrecognized option: ${args[i]}`], exit: { ms: 2, code: 1, out: [] } };
  }
  if (args.length === 0 || '--help' in opt) return { lines: [], exit: { ms: 2, code: 0, out: STRESS_USAGE } };
  if ('--version' in opt) return { lines: [], exit: { ms: 2, code: 0, out: ['stress 1.0.4'] } };
  const n = (k: string) => suffixed(opt[k], { '': 1 }) ?? 0;
  const cpu = n('--cpu');
  const io = n('--io');
  const vm = n('--vm');
  const hdd = n('--hdd');
  const vmBytes = opt['--vm-bytes'] === undefined ? 256 * MI : suffixed(opt['--vm-bytes'], SIZE);
  if (vmBytes === undefined) return { lines: [`stress: FAIL: [1] (250) invalid number: ${opt['--vm-bytes']}`], exit: { ms: 2, code: 1, out: [] } };
  const lines = [`stress: info: [1] dispatching hogs: ${cpu} cpu, ${io} io, ${vm} vm, ${hdd} hdd`];
  // A vm worker that hangs after touching its bytes sleeps most of the time; one that frees and
  // reallocates at once spins a core.
  const vmCpu = '--vm-hang' in opt ? 40 : 1000;
  const usage = { cpuMilli: cpu * 1000 + io * 150 + hdd * 300 + vm * vmCpu, memoryBytes: vm * vmBytes, rampMs: 60 + Math.ceil((vm * vmBytes) / (3 * 1024 * MI)) * 1000 };
  const timeout = opt['--timeout'] === undefined ? undefined : suffixed(opt['--timeout'], TIME);
  if (timeout !== undefined) return { lines, usage, exit: { ms: timeout * 1000, code: 0, out: [`stress: info: [1] successful run completed in ${timeout}s`] } };
  return { lines, usage };
}

/** A Kubernetes quantity as vishh/stress reads it (resource.MustParse), in bytes; and its String(). */
function quantity(v: string): { bytes: number; text: string } | undefined {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(v);
  if (!m) return undefined;
  const mult: Record<string, number> = { Ki: 1024, Mi: MI, Gi: 1024 * MI, Ti: 1024 * 1024 * MI, k: 1e3, M: 1e6, G: 1e9, T: 1e12 };
  return { bytes: Math.round(Number(m[1]) * (m[2] ? mult[m[2]] : 1)), text: v };
}

/** Go's time.Duration String for the sleeps people pass (ms, s, µs). */
function goDur(v: string): { ms: number; text: string } | undefined {
  const m = /^(\d+)(ns|us|µs|ms|s|m|h)$/.exec(v);
  if (!m) return undefined;
  const per: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  return { ms: Number(m[1]) * per[m[2]], text: `${m[1]}${m[2] === 'us' ? 'µs' : m[2]}` };
}

/** vishh/stress: -cpus N threads copying /dev/zero, -mem-total bytes in -mem-alloc-size steps. */
function vishStress(args: string[]): ProgramRun {
  const opt: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i].replace(/^--?/, '');
    if (a === 'logtostderr' || a === 'alsologtostderr') continue;
    const eq = a.indexOf('=');
    if (eq >= 0) opt[a.slice(0, eq)] = a.slice(eq + 1);
    else opt[a] = args[++i] ?? '';
  }
  const total = quantity(opt['mem-total'] ?? '0');
  const step = quantity(opt['mem-alloc-size'] ?? '4Ki');
  const sleep = goDur(opt['mem-alloc-sleep'] ?? '1ms');
  const cpus = Number(opt.cpus ?? '0');
  if (!total || !step || !sleep || !Number.isInteger(cpus)) return { lines: ['flag provided but not defined or invalid'], exit: { ms: 2, code: 2, out: [] } };
  const head = (line: number) => `I{glog}       1 main.go:${line}]`;
  const lines = [`${head(26)} Allocating "${total.text}" memory, in "${step.text}" chunks, with a ${sleep.text} sleep between allocations`];
  for (let i = 0; i < cpus; i++) lines.push(`${head(39)} Spawning a thread to consume CPU`);
  // One allocation per step and sleep: 4Ki every 1 ms is 4 MB a second.
  const steps = step.bytes > 0 ? Math.floor(total.bytes / step.bytes) : 0;
  const rampMs = Math.ceil(steps * Math.max(sleep.ms, 0.01));
  if (rampMs === 0) lines.push(`${head(29)} Allocated "${total.text}" memory`);
  return { lines, usage: { cpuMilli: cpus * 1000, memoryBytes: total.bytes, rampMs }, stop: { signal: 'SIGTERM', exitCode: 2, ms: 10 } };
}

/** perl: the docs' `-Mbignum=bpi -wle 'print bpi(N)'` and `-e 'print "text"'`. */
function perl(args: string[]): ProgramRun {
  // -e ends a cluster of single-letter switches (-wle): its argument is the program.
  const e = args.findIndex((a) => /^-[wlnpasTtWX]*e$/.test(a));
  const code = e >= 0 ? (args[e + 1] ?? '') : undefined;
  if (code === undefined) {
    const file = args.find((a) => !a.startsWith('-'));
    // perl with no script reads it from stdin, which is empty in a pod.
    if (!file) return { lines: [], exit: { ms: 5, code: 0, out: [] } };
    return { lines: [], exit: { ms: 5, code: 2, out: [`Can't open perl script "${file}": No such file or directory`] } };
  }
  const bpi = /^\s*print\s+bpi\(\s*(\d+)\s*\)\s*;?\s*$/.exec(code);
  if (bpi && args.some((a) => /^-Mbignum=.*\bbpi\b/.test(a))) {
    const n = Number(bpi[1]);
    // Math::BigFloat works in base-10 limbs: 2000 digits take perl about two seconds.
    return { lines: [], usage: { cpuMilli: 1000, memoryBytes: 12 * MI }, exit: { ms: 300 + Math.round((n * n) / 2500), code: 0, out: [piDigits(n)] } };
  }
  const str = /^\s*print\s+(?:"([^"$@\\]*)"|'([^']*)')\s*;?\s*$/.exec(code);
  if (str) return { lines: [], exit: { ms: 20, code: 0, out: [str[1] ?? str[2]] } };
  return { lines: [], exit: { ms: 20, code: 1, out: [`podchestra: this perl runs only 'print bpi(N)' and 'print "text"' one-liners, not: ${code}`] } };
}

/**
 * An interpreter: no script means its REPL, which exits 0 on the empty stdin; a file is not in the
 * image; `python -m http.server [port]` serves the working directory (its banner is a print to a
 * pipe, block-buffered: the log shows it only with PYTHONUNBUFFERED set).
 */
function repl(argv0: string, args: string[], env: Record<string, string>): ProgramRun {
  const base = argv0.replace(/^.*\//, '');
  const mod = args.indexOf('-m');
  if (/^python/.test(base) && mod >= 0 && args[mod + 1] === 'http.server') {
    const rest = args.slice(mod + 2);
    const port = Number(rest.find((a) => /^\d+$/.test(a)) ?? 8000);
    const banner = `Serving HTTP on 0.0.0.0 port ${port} (http://0.0.0.0:${port}/) ...`;
    return { lines: env.PYTHONUNBUFFERED ? [banner] : [], ports: [port], usage: { cpuMilli: 0, memoryBytes: 10 * MI }, stop: { signal: 'SIGTERM', exitCode: 143, ms: 20 } };
  }
  const inline = args.findIndex((a) => a === '-c' || a === '-e' || a === '--eval');
  if (inline >= 0) {
    const code = args[inline + 1] ?? '';
    const lit = /^\s*(?:print|console\.log|puts)\s*\(?\s*(?:"([^"\\]*)"|'([^'\\]*)')\s*\)?\s*;?\s*$/.exec(code);
    if (lit) return { lines: [], exit: { ms: 30, code: 0, out: [lit[1] ?? lit[2]] } };
    return { lines: [], exit: { ms: 30, code: 1, out: [`podchestra: this ${base} runs only one-line prints, not: ${code}`] } };
  }
  const file = args.find((a) => !a.startsWith('-'));
  if (!file) return { lines: [], exit: { ms: 30, code: 0, out: [] } };
  const abs = file.startsWith('/') ? file : `/${file}`;
  if (/^python/.test(base)) return { lines: [], exit: { ms: 30, code: 2, out: [`${base}: can't open file '${abs.replace(/^\//, '//')}': [Errno 2] No such file or directory`] } };
  if (base === 'node') return { lines: [], exit: { ms: 60, code: 1, out: ['node:internal/modules/cjs/loader:1228', '  throw err;', '  ^', '', `Error: Cannot find module '${abs}'`] } };
  return { lines: [], exit: { ms: 30, code: 1, out: [`${base}: No such file or directory -- ${file} (LoadError)`] } };
}

export function runProgram(name: ProgramName, argv: string[], hello: () => string[], env: Record<string, string> = {}): ProgramRun {
  const args = argv.slice(1);
  switch (name) {
    case 'stress':
      return stress(args);
    case 'vish-stress':
      return vishStress(args);
    case 'perl':
      return perl(args);
    case 'repl':
      return repl(argv[0], args, env);
    case 'hello':
      return { lines: [], exit: { ms: 5, code: 0, out: hello() } };
    case 'curl':
      if (!args.length) return { lines: [], exit: { ms: 5, code: 2, out: ["curl: try 'curl --help' or 'curl --manual' for more information"] } };
      // Simplification: no cluster DNS yet, so no name resolves (curl's own error for that).
      return { lines: [], exit: { ms: 40, code: 6, out: [`curl: (6) Could not resolve host: ${(args.find((a) => !a.startsWith('-')) ?? '').replace(/^\w+:\/\//, '').replace(/[/:].*$/, '')}`] } };
  }
}
