// Which learner commands count in a challenge's score: only those that change the cluster.
// Reads (get, describe, logs, top, rollout status/history…), help, dry runs and lines kubectl
// refused (typos, unknown objects) change nothing, so they cost the learner nothing.

/** Verbs that only read (kubectl's own read-only commands, including ones the engine lacks). */
const READ_VERBS = new Set([
  'get',
  'describe',
  'logs',
  // exec runs a command inside a container: it looks around (files it writes stay in that
  // container, not in any object of the cluster).
  'exec',
  'top',
  'explain',
  'api-resources',
  'api-versions',
  'version',
  'cluster-info',
  'config',
  'completion',
  'help',
  'events',
  'wait',
  'diff',
  'auth',
  'options',
]);
const READ_ROLLOUT = new Set(['status', 'history']);
/** Global flags that take the next word as their value (`-n team get pods`). */
const FLAGS_WITH_VALUE = new Set(['-n', '--namespace', '--context', '--cluster', '--user', '--kubeconfig', '-s', '--server']);

/** The verb and subcommand of a kubectl line (without `kubectl`), skipping leading global flags. */
export function verbOf(args: string): { verb?: string; sub?: string } {
  const words = args.trim().split(/\s+/).filter(Boolean);
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.startsWith('-')) {
      if (FLAGS_WITH_VALUE.has(w)) i++;
      continue;
    }
    rest.push(w);
    if (rest.length === 2) break;
  }
  return { verb: rest[0], sub: rest[1] };
}

/** Whether a kubectl line that kubectl accepted (exit code 0) changed the cluster. */
export function changesCluster(args: string, exitCode: number): boolean {
  if (exitCode !== 0) return false;
  const words = args.trim().split(/\s+/);
  if (words.some((w) => w === '-h' || w === '--help' || w === '--dry-run' || w.startsWith('--dry-run='))) return false;
  const { verb, sub } = verbOf(args);
  if (!verb || READ_VERBS.has(verb)) return false;
  return !(verb === 'rollout' && sub !== undefined && READ_ROLLOUT.has(sub));
}
