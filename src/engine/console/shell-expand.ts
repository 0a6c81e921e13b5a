// Word expansion as bash does it for the words a tutorial types: quotes, backslashes, `$NAME`,
// `${NAME}`, `$?`, `$(command)` and `` `command` `` (trailing newlines removed), then field
// splitting of unquoted expansions on blanks. A quoted empty string is an argument; an unquoted
// empty expansion is none. Simplifications: no `${NAME:-x}` operators, arithmetic, tilde or
// pathname expansion (no files exist, so bash would leave a pattern as typed too), IFS is fixed.
import { getOwn } from '../util/own';
import { ShellSyntaxError, skipDouble, skipSubstitution } from './shell-syntax';

export interface ExpandHost {
  vars: Record<string, string>;
  status: number;
  /** Runs a command substitution's text, returning its stdout. */
  substitute(command: string): string;
}

/** Pieces of one word: literal text, or an expansion result that field splitting may cut. */
type Piece = { text: string; split: boolean };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

function variable(host: ExpandHost, name: string): string {
  if (name === '?') return String(host.status);
  return getOwn(host.vars, name) ?? '';
}

/** `$…` at src[i] (on the `$`): the value and where the expansion ends. */
function dollar(src: string, i: number, host: ExpandHost): { value: string; end: number } | undefined {
  const next = src[i + 1];
  if (next === '(') {
    const end = skipSubstitution(src, i + 1);
    return { value: host.substitute(src.slice(i + 2, end - 1)).replace(/\n+$/, ''), end };
  }
  if (next === '{') {
    const close = src.indexOf('}', i + 2);
    const name = src.slice(i + 2, close);
    if (!(NAME.exec(name)?.[0] === name || name === '?')) throw new ShellSyntaxError(`\${${name}}: bad substitution`);
    return { value: variable(host, name), end: close + 1 };
  }
  if (next === '?') return { value: variable(host, '?'), end: i + 2 };
  const m = NAME.exec(src.slice(i + 1));
  if (m) return { value: variable(host, m[0]), end: i + 1 + m[0].length };
  return undefined;
}

function backquote(src: string, i: number, host: ExpandHost): { value: string; end: number } {
  const close = src.indexOf('`', i + 1);
  return { value: host.substitute(src.slice(i + 1, close)).replace(/\n+$/, ''), end: close + 1 };
}

/** The inside of a double-quoted string (between the quotes), expanded, never split. */
function expandDouble(body: string, host: ExpandHost): string {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c === '\\' && i + 1 < body.length && '$`"\\\n'.includes(body[i + 1])) {
      out += body[i + 1] === '\n' ? '' : body[i + 1];
      i += 2;
    } else if (c === '$') {
      const d = dollar(body, i, host);
      if (d) {
        out += d.value;
        i = d.end;
      } else {
        out += c;
        i++;
      }
    } else if (c === '`') {
      const b = backquote(body, i, host);
      out += b.value;
      i = b.end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function pieces(word: string, host: ExpandHost): { parts: Piece[]; quoted: boolean } {
  const parts: Piece[] = [];
  let quoted = false;
  let i = 0;
  const lit = (text: string) => parts.push({ text, split: false });
  while (i < word.length) {
    const c = word[i];
    if (c === "'") {
      const end = word.indexOf("'", i + 1);
      lit(word.slice(i + 1, end));
      quoted = true;
      i = end + 1;
    } else if (c === '"') {
      const end = skipDouble(word, i + 1);
      lit(expandDouble(word.slice(i + 1, end - 1), host));
      quoted = true;
      i = end;
    } else if (c === '\\') {
      lit(word.slice(i + 1, i + 2));
      quoted = true;
      i += 2;
    } else if (c === '$') {
      const d = dollar(word, i, host);
      if (d) {
        parts.push({ text: d.value, split: true });
        i = d.end;
      } else {
        lit(c);
        i++;
      }
    } else if (c === '`') {
      const b = backquote(word, i, host);
      parts.push({ text: b.value, split: true });
      i = b.end;
    } else {
      lit(c);
      i++;
    }
  }
  return { parts, quoted };
}

/** One raw word → the fields (arguments) it becomes. */
export function expandWord(word: string, host: ExpandHost): string[] {
  const { parts, quoted } = pieces(word, host);
  const fields: string[] = [];
  let cur = '';
  let has = quoted;
  for (const p of parts) {
    if (!p.split) {
      cur += p.text;
      if (p.text) has = true;
      continue;
    }
    const chunks = p.text.split(/[ \t\n]+/);
    for (let k = 0; k < chunks.length; k++) {
      if (k > 0) {
        if (has || cur) fields.push(cur);
        cur = '';
        has = false;
      }
      cur += chunks[k];
      if (chunks[k]) has = true;
    }
  }
  if (has || cur) fields.push(cur);
  return fields;
}

/** An assignment's value: expanded, never split (bash does not split `A=$(…)`). */
export function expandValue(raw: string, host: ExpandHost): string {
  return pieces(raw, host)
    .parts.map((p) => p.text)
    .join('');
}
