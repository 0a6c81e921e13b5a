// Turning a typed line into words (POSIX shell quoting) and words into flags (pflag rules:
// `--flag=value`, `--flag value`, `-n value`, `-nvalue`, bool flags without a value, `--`).
import { goDurationError } from './duration';
import type { FlagSpec, FlagValues } from './verb';

export class ArgError extends Error {}

/** A run of ordinary word characters (sticky: matched where tokenize stands). */
const ORDINARY_RUN = /[^'"\\ \t\n]+/y;

/** Splits a command line the way a shell would (single/double quotes, backslash escapes). */
export function tokenize(line: string): string[] {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new ArgError('unexpected EOF while looking for matching `\'\'');
      cur += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      i++;
      let closed = false;
      while (i < line.length) {
        if (line[i] === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) {
          cur += line[i + 1];
          i += 2;
        } else if (line[i] === '"') {
          closed = true;
          i++;
          break;
        } else cur += line[i++];
      }
      if (!closed) throw new ArgError('unexpected EOF while looking for matching `"\'');
      inWord = true;
    } else if (c === '\\' && i + 1 < line.length) {
      cur += line[i + 1];
      inWord = true;
      i += 2;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
      i++;
    } else {
      // A run of ordinary characters is copied in one slice: char by char, a pasted megabyte
      // word built a million-piece string for the garbage collector.
      // A lone backslash ending the line matches no run: it stays itself (`bash -c 'echo a\'`
      // prints `a\`), one character; a failed sticky test resets lastIndex to 0, and reading
      // that back restarted the loop at the line's start forever, growing `cur` without end.
      ORDINARY_RUN.lastIndex = i;
      const end = ORDINARY_RUN.test(line) ? ORDINARY_RUN.lastIndex : i + 1;
      cur += line.slice(i, end);
      inWord = true;
      i = end;
    }
  }
  if (inWord) words.push(cur);
  return words;
}

export interface ParsedFlags {
  positional: string[];
  flags: FlagValues;
  /** cobra's ArgsLenAtDash: how many positional arguments came before `--` (-1 without one). */
  argsLenAtDash: number;
}

/** Parses flags anywhere among the words, pflag-style, against the given specs. */
export function parseFlags(words: string[], specs: FlagSpec[]): ParsedFlags {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]));
  const flags: FlagValues = {};
  for (const s of specs) if (s.default !== undefined) flags[s.name] = Array.isArray(s.default) ? [...s.default] : s.default;
  const positional: string[] = [];
  let argsLenAtDash = -1;
  const set = (spec: FlagSpec, raw: string | undefined, shown: string): void => {
    if (spec.type === 'bool') {
      if (raw === undefined || raw === 'true') flags[spec.name] = true;
      else if (raw === 'false') flags[spec.name] = false;
      else throw new ArgError(`invalid argument "${raw}" for "${shown}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`);
      return;
    }
    if (raw === undefined) throw new ArgError(`flag needs an argument: ${shown}`);
    if (spec.type === 'int' || spec.type === 'int32') {
      if (!/^[+-]?\d+$/.test(raw)) throw new ArgError(`invalid argument "${raw}" for "${shown}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`);
      // pflag's int is Go's int: 64 bits here; int32 is strconv.ParseInt(s, 0, 32).
      const big = BigInt(raw);
      const max = spec.type === 'int32' ? 2147483647n : 9223372036854775807n;
      if (big > max || big < -max - 1n)
        throw new ArgError(`invalid argument "${raw}" for "${shown}" flag: strconv.ParseInt: parsing "${raw}": value out of range`);
      flags[spec.name] = Number(big);
    } else if (spec.type === 'stringArray') {
      const prev = flags[spec.name];
      const list = Array.isArray(prev) && prev !== spec.default ? prev : [];
      flags[spec.name] = [...list, raw];
    } else flags[spec.name] = raw;
    const bad = spec.duration ? goDurationError(raw) : undefined;
    if (bad) throw new ArgError(`invalid argument "${raw}" for "${shown}" flag: ${bad}`);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '--') {
      argsLenAtDash = positional.length;
      positional.push(...words.slice(i + 1));
      break;
    }
    if (w.startsWith('--') && w.length > 2) {
      const eq = w.indexOf('=');
      const name = eq >= 0 ? w.slice(2, eq) : w.slice(2);
      const spec = byName.get(name);
      if (!spec) throw new ArgError(`unknown flag: --${name}`);
      let raw: string | undefined = eq >= 0 ? w.slice(eq + 1) : undefined;
      if (raw === undefined && spec.type !== 'bool') {
        if (i + 1 >= words.length) throw new ArgError(`flag needs an argument: --${name}`);
        raw = words[++i];
      }
      // pflag names a flag with a shorthand `-r, --replicas` in its invalid-argument errors.
      set(spec, raw, spec.short ? `-${spec.short}, --${name}` : `--${name}`);
    } else if (w.startsWith('-') && w.length > 1 && !/^-\d/.test(w)) {
      // Shorthand cluster: -it, -n ns, -nns, -o=yaml, -lapp=web
      let j = 1;
      while (j < w.length) {
        const c = w[j];
        const spec = byShort.get(c);
        if (!spec) throw new ArgError(`unknown shorthand flag: '${c}' in ${w}`);
        if (spec.type === 'bool') {
          if (w[j + 1] === '=') {
            set(spec, w.slice(j + 2), `-${c}, --${spec.name}`);
            break;
          }
          set(spec, undefined, `-${c}, --${spec.name}`);
          j++;
          continue;
        }
        let raw: string | undefined = w.slice(j + 1);
        if (raw.startsWith('=')) raw = raw.slice(1);
        if (raw === '') {
          if (i + 1 >= words.length) throw new ArgError(`flag needs an argument: '${c}' in -${c}`);
          raw = words[++i];
        }
        set(spec, raw, `-${c}, --${spec.name}`);
        break;
      }
    } else positional.push(w);
  }
  return { positional, flags, argsLenAtDash };
}
