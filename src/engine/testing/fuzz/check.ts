// Runs fuzz programs against clusters and checks what must hold whatever the input:
// kubectl() never throws and answers {stdout, stderr, exitCode} with the exit code matching
// stderr; no JavaScript error words reach an answer unless the input had them; inject() throws
// only FaultError; advance() never throws and nextEventAt() stays finite; no node ever holds
// more admitted pods, cpu or memory requests than it allocates; once the faults stop the cluster
// settles; a snapshot restores to the same bytes and the copy continues exactly as the original;
// Object.prototype is left as it was. Wall time per call is measured when the caller injects a
// clock, and every call over the caller's budget is kept with its input (the unit fuzz gives a
// generous bound that load cannot reach; the bench, `npm run bench -- --fuzz`, the real 200 ms).
import { type Cluster, createCluster, FaultError, type KObject, type Node, type Pod, restoreCluster } from '../../index';
import { podRequests } from '../../objects/pod';
import { bytes, milliCpu } from '../../util/quantity';
import { type Category, KUBECTL_CATEGORIES, MANIFEST_CATEGORIES, type Program, type Step } from './program';

export const JS_WORDS = ['TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'is not a function', 'is not iterable', 'Maximum call stack', 'undefined', 'NaN', '[object Object]', 'Cannot read prop', 'Cannot convert'];

export interface Failure {
  property: string;
  category: Category | 'program';
  detail: string;
  /** The program up to the failing step (or whole, for snapshot and settling failures). */
  program: Program;
}

export interface Slowest {
  ms: number;
  what: string;
}

export interface FuzzStats {
  programs: number;
  lines: number;
  documents: number;
  faults: number;
  advances: number;
  slowestKubectl?: Slowest;
  slowestAdvance?: Slowest;
  /** The slowest kubectl call of each category. */
  slowestByCategory: Partial<Record<Category, Slowest>>;
  /** Calls (kubectl or advance) over RunOptions.budgetMs: how many, and the first few with their input. */
  overBudget: { count: number; examples: Slowest[] };
  failures: Failure[];
}

export const newStats = (): FuzzStats => ({
  programs: 0,
  lines: 0,
  documents: 0,
  faults: 0,
  advances: 0,
  slowestByCategory: {},
  overBudget: { count: 0, examples: [] },
  failures: [],
});

/** At most this many over-budget calls are kept with their input. */
const MAX_OVER_BUDGET_EXAMPLES = 20;

/** How long the cluster is left alone, faults stopped, before it must have settled. */
const SETTLE_MS = 10 * 60_000;

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);

function short(s: string, n = 300): string {
  return s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s;
}

/** `$pod:N` → the N-th pod of the default namespace (mod count), in list order. */
function resolvePods<T>(c: Cluster, v: T): T {
  const names = () => c.list<Pod>('Pod', 'default').map((p) => p.metadata.name);
  if (typeof v === 'string') {
    if (!v.includes('$pod:')) return v;
    const ns = names();
    return v.replace(/\$pod:(\d+)/g, (_, n) => (ns.length ? ns[Number(n) % ns.length] : 'no-pods')) as T;
  }
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = resolvePods(c, x);
    return out as T;
  }
  return v;
}

/** JSON that keeps what JSON.stringify hides (NaN, Infinity, undefined), so input checks see them. */
export function show(v: unknown): string {
  return JSON.stringify(v, (_, x) => (x === undefined || (typeof x === 'number' && !Number.isFinite(x)) ? String(x) : x)) ?? String(v);
}

/** The words in the answer that the input did not bring (case-blind on the input: YAML's `.nan` is NaN). */
function jsWords(output: string, input: string): string[] {
  const lower = input.toLowerCase();
  return JS_WORDS.filter((w) => output.includes(w) && !lower.includes(w.toLowerCase()));
}

/** Admitted pods (the kubelet wrote a startTime, not finished) against each node's allocatable. */
export function overcommitted(c: Cluster): string | undefined {
  const nodes = new Map(c.list<Node>('Node').map((n) => [n.metadata.name, { n, pods: 0, cpu: 0, mem: 0 }]));
  for (const p of c.list<Pod>('Pod')) {
    const at = nodes.get(p.spec?.nodeName ?? '');
    const phase = p.status?.phase;
    if (!at || !p.status?.startTime || phase === 'Succeeded' || phase === 'Failed') continue;
    const r = podRequests(p);
    at.pods++;
    at.cpu += r.milliCpu;
    at.mem += r.memory;
  }
  for (const [name, { n, pods, cpu, mem }] of nodes) {
    const a = n.status?.allocatable ?? {};
    if (pods > Math.floor(bytes(a.pods))) return `${name}: ${pods} pods admitted, allocatable ${a.pods}`;
    if (cpu > milliCpu(a.cpu)) return `${name}: ${cpu}m cpu requested by admitted pods, allocatable ${a.cpu}`;
    if (mem > bytes(a.memory)) return `${name}: ${mem} bytes of memory requested by admitted pods, allocatable ${a.memory}`;
  }
  return undefined;
}

export interface RunOptions {
  /** A clock in ms that the bench injects to time each call (the engine reads none); without it nothing is timed. */
  now?: () => number;
  /** Skip the snapshot comparison and the settling check (faster). */
  quick?: boolean;
  /** With `now`: wall milliseconds one kubectl or advance call may take (per call, not per program). */
  budgetMs?: { kubectl: number; advance: number };
}

/** Runs one program, checking every property; appends to `stats`. */
export function runProgram(program: Program, stats: FuzzStats, opts: RunOptions = {}): void {
  stats.programs++;
  const fail = (property: string, category: Failure['category'], detail: string, upTo?: number) => {
    if (stats.failures.some((f) => f.property === property && f.category === category && f.program.seed === program.seed)) return;
    const steps = upTo === undefined ? program.steps : program.steps.slice(0, upTo + 1);
    stats.failures.push({ property, category, detail: short(detail, 600), program: { ...program, steps, split: Math.min(program.split, steps.length) } });
  };
  const time = <T>(run: () => T): [T, number] => {
    if (!opts.now) return [run(), 0];
    const t0 = opts.now();
    const out = run();
    return [out, opts.now() - t0];
  };
  /** The watchdog: a call over its budget is counted and kept with its input. */
  const watch = (ms: number, budget: number | undefined, what: () => string) => {
    if (!opts.now || budget === undefined || ms <= budget) return;
    stats.overBudget.count++;
    if (stats.overBudget.examples.length < MAX_OVER_BUDGET_EXAMPLES) stats.overBudget.examples.push({ ms, what: what() });
  };

  /** Runs a step; returns a digest of what it answered, to compare the original with its copy. */
  const exec = (c: Cluster, step: Step, i: number, check: boolean): string => {
    if (step.k === 'advance') {
      if (check) stats.advances++;
      const [err, ms] = time(() => {
        try {
          c.advance(step.ms);
          return undefined;
        } catch (e) {
          return e;
        }
      });
      const what = () => `advance(${step.ms}) after step ${i} of seed ${program.seed}`;
      if (check && opts.now && (!stats.slowestAdvance || ms > stats.slowestAdvance.ms)) stats.slowestAdvance = { ms, what: what() };
      if (check) watch(ms, opts.budgetMs?.advance, what);
      if (check && err) fail('advance-throws', 'program', String(err), i);
      const next = c.nextEventAt();
      if (check && next !== undefined && !Number.isFinite(next)) fail('next-event-not-finite', 'program', String(next), i);
      return `advanced ${c.now()}`;
    }
    if (step.k === 'fault') {
      const f = resolvePods(c, step.fault);
      if (check) stats.faults++;
      try {
        c.inject(f as never);
        return 'injected';
      } catch (e) {
        const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        const input = short(show(step.fault), 200);
        if (check && !(e instanceof FaultError)) fail('inject-throws-non-fault-error', step.cat, `${input} → ${text}`, i);
        else if (check && jsWords(String((e as Error).message), show(step.fault)).length) fail('javascript-words', step.cat, `${input} → ${text}`, i);
        return `threw ${text}`;
      }
    }
    const line = resolvePods(c, step.line);
    if (check) {
      if ((KUBECTL_CATEGORIES as readonly string[]).includes(step.cat)) stats.lines++;
      if ((MANIFEST_CATEGORIES as readonly string[]).includes(step.cat)) stats.documents += step.docs ?? 1;
    }
    const [r, ms] = time(() => {
      try {
        return c.kubectl(line, step.stdin);
      } catch (e) {
        return e as Error;
      }
    });
    if (!check) return JSON.stringify(r);
    const input = `${line}\n${step.stdin ?? ''}`;
    if (opts.now && step.cat !== 'setup') {
      const what = () => `kubectl ${short(line, 200)}${step.stdin ? ` <<< ${short(step.stdin, 200)}` : ''}`;
      if (!stats.slowestKubectl || ms > stats.slowestKubectl.ms) stats.slowestKubectl = { ms, what: what() };
      const cur = stats.slowestByCategory[step.cat];
      if (!cur || ms > cur.ms) stats.slowestByCategory[step.cat] = { ms, what: what() };
      watch(ms, opts.budgetMs?.kubectl, what);
    }
    if (r instanceof Error || !r || typeof r.stdout !== 'string' || typeof r.stderr !== 'string' || !Number.isInteger(r.exitCode)) {
      fail('kubectl-throws', step.cat, `${short(input)} → ${r instanceof Error ? r.stack : JSON.stringify(r)}`, i);
      return 'threw';
    }
    if (r.exitCode !== 0 && r.stderr.trim() === '') fail('exit-code-without-stderr', step.cat, `${short(input)} → exit ${r.exitCode}, stdout ${short(r.stdout)}`, i);
    if (r.exitCode === 0 && /^(error:|Error from server|Error:)/m.test(r.stderr)) fail('error-with-exit-0', step.cat, `${short(input)} → ${short(r.stderr)}`, i);
    const words = jsWords(r.stdout + r.stderr, input);
    if (words.length) fail('javascript-words', step.cat, `${short(input)} → [${words.join(', ')}] in ${short(r.stderr || r.stdout)}`, i);
    return JSON.stringify(r);
  };

  const a = createCluster({ seed: program.seed });
  let b: Cluster | undefined;
  const outcomes: string[] = [];
  for (let i = 0; i < program.steps.length; i++) {
    if (i === program.split && !opts.quick) {
      const snap = a.snapshot();
      b = restoreCluster(snap);
      const again = JSON.stringify(b.snapshot());
      if (again !== JSON.stringify(snap)) fail('snapshot-bytes-differ-after-restore', 'program', firstDifference(JSON.stringify(snap), again));
    }
    const step = program.steps[i];
    outcomes.push(exec(a, step, i, true));
    if (b) {
      const other = exec(b, step, i, false);
      if (other !== outcomes[i]) fail('restore-diverges', step.k === 'advance' ? 'program' : step.cat, `step ${i}: ${firstDifference(outcomes[i], other)}`, i);
    }
    const over = overcommitted(a);
    if (over) fail('node-overcommitted', step.k === 'advance' ? 'program' : step.cat, `after step ${i}: ${over}`, i);
  }
  if (b && !opts.quick) {
    const x = JSON.stringify(a.snapshot());
    const y = JSON.stringify(b.snapshot());
    if (x !== y) fail('snapshot-bytes-differ', 'program', firstDifference(x, y));
  }
  if (!opts.quick) settle(a, (p, d) => fail(p, 'program', d));
  const added = Object.getOwnPropertyNames(Object.prototype).filter((n) => !PROTO_NAMES.includes(n));
  if (added.length) {
    fail('prototype-polluted', 'program', `Object.prototype gained ${added.join(', ')}`);
    for (const n of added) delete (Object.prototype as Record<string, unknown>)[n];
  }
}

/** Faults stop (every node back, no load); after SETTLE_MS nodes are Ready and controllers caught up. */
function settle(c: Cluster, fail: (property: string, detail: string) => void): void {
  try {
    for (const n of c.list<Node>('Node')) c.inject({ type: 'restore-node', node: n.metadata.name });
    for (const s of c.list<KObject>('Service', 'default')) {
      try {
        c.inject({ type: 'load', service: s.metadata.name, rps: 0 });
      } catch {
        // A Service the traffic model does not serve (headless): nothing to stop.
      }
    }
    c.advance(SETTLE_MS);
  } catch (e) {
    fail('settle-throws', String(e));
    return;
  }
  for (const n of c.list<Node>('Node')) {
    const ready = n.status?.conditions?.find((x) => x.type === 'Ready');
    if (ready?.status !== 'True') fail('no-convergence', `node ${n.metadata.name} is not Ready after the faults stopped`);
  }
  for (const kind of ['Deployment', 'ReplicaSet', 'StatefulSet']) {
    for (const o of c.list<KObject>(kind)) {
      const observed = (o.status as { observedGeneration?: number } | undefined)?.observedGeneration ?? 0;
      if (observed < (o.metadata.generation ?? 0)) fail('no-convergence', `${kind} ${o.metadata.namespace}/${o.metadata.name}: observedGeneration ${observed} < generation ${o.metadata.generation}`);
    }
  }
}

function firstDifference(x: string, y: string): string {
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return `differ at ${i}: …${x.slice(Math.max(0, i - 80), i + 120)}… vs …${y.slice(Math.max(0, i - 80), i + 120)}…`;
}
