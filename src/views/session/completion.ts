// Tab completion for the console, the way kubectl's shell completion feels: the first word
// completes verbs, the next a resource kind, then names of that kind (and `kind/name` forms).
// Pure: the caller supplies the names it knows (from the store), so it is tested without a cluster.
// Verbs, subcommands and kinds come from the engine's kubectl (kubectlVocabulary), never a copy.
import { kubectlVocabulary } from '../../engine';

const vocabulary = kubectlVocabulary();

/** Verbs the engine's kubectl serves, from its own verb registry. */
export const VERBS: readonly string[] = vocabulary.verbs.map((v) => v.name).sort();

/** Resource types the API serves (plural names), from its discovery data. */
export const KINDS: readonly string[] = vocabulary.resources.map((r) => r.plural).sort();

/** Verbs whose next word is a node name, not a kind. */
const NODE_VERBS = new Set(['cordon', 'uncordon', 'drain']);

/** Subcommands (`rollout status`, `create deployment`, `top pods`), as the verbs declare them. */
const SUBCOMMANDS: Record<string, readonly string[]> = Object.fromEntries(
  vocabulary.verbs.filter((v) => v.subcommands.length > 0).map((v) => [v.name, v.subcommands]),
);

/** Every name a user may type for a kind (`po`, `pod`, `pods`) → its plural. */
const ALIASES: Record<string, string> = Object.fromEntries(vocabulary.resources.flatMap((r) => r.names.map((n) => [n, r.plural])));

/** Canonical plural kind for a word as typed (`po`, `pod`, `pods` → `pods`), or undefined. */
export function kindOf(word: string): string | undefined {
  const w = word.toLowerCase().split('.')[0];
  return ALIASES[w];
}

export interface Completion {
  /** The line after completing (unchanged when nothing or several things match). */
  line: string;
  /** Every candidate for the word being completed (shown when there is more than one). */
  options: string[];
}

/** Completes the last word of `line`. `names(kind)` lists object names of a plural kind. */
export function complete(line: string, names: (kind: string) => readonly string[]): Completion {
  const prefix = /^\s*kubectl\s+/.exec(line)?.[0] ?? '';
  const rest = line.slice(prefix.length);
  const words = rest.split(/\s+/).filter((w, i, all) => w !== '' || i === all.length - 1);
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1).filter((w) => !w.startsWith('-'));
  const candidates = candidatesFor(before, current, names);
  const options = [...new Set(candidates.filter((c) => c.startsWith(current)))].sort();
  if (options.length === 0) return { line, options };
  const head = line.slice(0, line.length - current.length);
  if (options.length === 1) return { line: `${head}${options[0]} `, options };
  const common = commonPrefix(options);
  return { line: `${head}${common.length > current.length ? common : current}`, options };
}

function candidatesFor(before: string[], current: string, names: (kind: string) => readonly string[]): readonly string[] {
  if (before.length === 0) return VERBS;
  const verb = before[0];
  if (NODE_VERBS.has(verb)) return before.length === 1 ? names('nodes') : [];
  const sub = SUBCOMMANDS[verb];
  let args = before.slice(1);
  if (sub) {
    if (args.length === 0) return sub;
    args = args.slice(1);
    // `top pod`, `top po`, `top nodes`: the subcommand names the kind, in any of its spellings.
    if (verb === 'top') return names(kindOf(args[0] ?? before[1]) ?? '');
  }
  if (args.length === 0) {
    // `kind/name` form: complete the name after the slash.
    const slash = current.indexOf('/');
    if (slash > 0) {
      const kind = kindOf(current.slice(0, slash));
      return kind ? names(kind).map((n) => `${current.slice(0, slash)}/${n}`) : [];
    }
    // logs and exec take a pod (or TYPE/NAME), as kubectl's completion offers pods.
    return verb === 'logs' || verb === 'exec' ? names('pods') : KINDS;
  }
  const kind = kindOf(args[0]);
  return kind ? names(kind) : [];
}

function commonPrefix(words: string[]): string {
  let p = words[0];
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}
