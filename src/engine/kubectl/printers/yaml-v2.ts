// kubectl's -o yaml writer: yaml.v2's emitter, as sigs.k8s.io/yaml drives it (block style, indent
// 2, lines folded past 80 columns, sequences flush with their key, empty collections as `[]` and
// `{}`), ported for the events JSON data makes: one pass over the value, no document model, so a
// 3 MiB object prints in time linear in its size.
// [k8s: sigs.k8s.io/yaml goyaml.v2/emitterc.go (emit_block_*, select_scalar_style, analyze_scalar,
//  write_*_scalar), yamlprivateh.go (is_printable, is_break), encode.go (stringv, floatv)]
// Simplifications: a lone UTF-16 surrogate prints as U+FFFD, as Go's JSON decoder reads it; JSON's
// `1.0` and `1` are one number here (both print as 1); a NEL before `---` (a document marker to
// the YAML re-read, an error in kubectl) is folded; kubectl's `yaml: control characters are not
// allowed` (U+007F-U+009F but NEL, U+FFFE, U+FFFF in a string) is not raised: they are escaped.
// Keys are ordered as yaml.v2 orders them (yaml-key-order.ts).
import { utf8Length } from '../../util/utf8';
import { keyCompare } from './yaml-key-order';
import { resolvesAsString } from './yaml-resolve';

const BEST_WIDTH = 80;
const BEST_INDENT = 2;

type Style = 'plain' | 'single' | 'double' | 'literal';

interface Analysis {
  multiline: boolean;
  blockPlain: boolean;
  singleQuoted: boolean;
  block: boolean;
}

const isBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
const isBlank = (c: number) => c === 0x20 || c === 0x09;
/** yamlprivateh.go is_printable, on code points: 4-byte UTF-8 (astral) characters are not. */
const isPrintable = (c: number) => c === 0x0a || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff);

/** A plain-safe string of the common shape (letters, digits, `-._/`, inner spaces): no scan needed. */
const SIMPLE = /^[A-Za-z0-9_/][A-Za-z0-9_./ =@+-]*[A-Za-z0-9_./=@+-]$|^[A-Za-z0-9_/]$/;

/** analyze_scalar, for a block context (flow_level 0: flow collections here are only ever empty). */
function analyze(s: string): Analysis {
  if (s === '') return { multiline: false, blockPlain: true, singleQuoted: true, block: false };
  if (SIMPLE.test(s)) return { multiline: false, blockPlain: true, singleQuoted: true, block: true };
  let blockIndicators = s.startsWith('---') || s.startsWith('...');
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWhitespace = true;
  let previousSpace = false;
  let previousBreak = false;
  for (let i = 0; i < s.length; ) {
    const c = s.codePointAt(i) as number;
    const w = c > 0xffff ? 2 : 1;
    const last = i + w >= s.length;
    const followedByWhitespace = last || isBlank(s.charCodeAt(i + w));
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(s[0])) blockIndicators = true;
      else if ((c === 0x3f || c === 0x3a || c === 0x2d) && followedByWhitespace) blockIndicators = true; // ? : -
    } else if (c === 0x3a && followedByWhitespace) blockIndicators = true;
    else if (c === 0x23 && precededByWhitespace) blockIndicators = true;
    if (!isPrintable(c)) special = true;
    if (c === 0x20) {
      if (i === 0) leadingSpace = true;
      if (last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlank(c) || isBreak(c) || c === 0;
    i += w;
  }
  let blockPlain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak);
  let singleQuoted = true;
  let block = !trailingSpace;
  if (breakSpace) blockPlain = singleQuoted = false;
  if (spaceBreak || special) blockPlain = singleQuoted = block = false;
  if (lineBreaks || blockIndicators) blockPlain = false;
  return { multiline: lineBreaks, blockPlain, singleQuoted, block };
}

/** select_scalar_style after encode.go stringv's choice (literal, plain or double-quoted). */
function styleOf(s: string, a: Analysis, simpleKey: boolean): Style {
  let style: Style = s.includes('\n') ? 'literal' : resolvesAsString(s) ? 'plain' : 'double';
  if (simpleKey && a.multiline) style = 'double';
  if (style === 'plain' && (!a.blockPlain || (s === '' && simpleKey))) style = 'single';
  if (style === 'single' && !a.singleQuoted) style = 'double';
  if (style === 'literal' && (!a.block || simpleKey)) style = 'double';
  return style;
}

/** strconv.FormatFloat(f, 'g', -1, 64) with yaml.v2's names for the infinities and NaN. */
function goFloat(n: number): string {
  if (Number.isNaN(n)) return '.nan';
  if (!Number.isFinite(n)) return n > 0 ? '.inf' : '-.inf';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const [mantissa, e] = n.toExponential().split('e');
  const exp = Number(e);
  // The shortest form uses %e below 1e-4 and from 1e6 (ftoa.go: eprec is 6 when shortest).
  if (exp < -4 || exp >= 6) return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return String(n);
}

/**
 * A number after the JSON round trip: encoding/json writes an integral value below 1e21 in digits,
 * which yaml.v2 reads back as int64 or uint64 (below 2^64) and prints so; anything else is a float.
 */
function formatNumber(n: number): string {
  if (Number.isInteger(n) && n >= -(2 ** 63) && n < 2 ** 64) return Object.is(n, -0) ? '0' : BigInt(n).toString();
  return goFloat(n);
}

/**
 * The string as yaml.v2 receives it. sigs.k8s.io/yaml marshals to JSON, then parses that JSON as
 * YAML: encoding/json leaves NEL (U+0085) unescaped, and inside a double-quoted YAML scalar a raw
 * line break is folded (one break and the spaces around it become a space; n breaks, n-1 newlines).
 * [k8s: sigs.k8s.io/yaml yaml.go JSONToYAML; goyaml.v2/scannerc.go yaml_parser_scan_flow_scalar]
 */
function asReceived(s: string): string {
  let t = /[\ud800-\udfff]/.test(s) ? s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd') : s;
  if (t.includes('\u0085')) t = t.replace(/[ \u0085]*\u0085[ \u0085]*/g, (run) => {
    const breaks = run.split('\u0085').length - 1;
    return breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
  });
  return t;
}

class Emitter {
  out = '';
  column = 0;
  whitespace = true;
  indention = true;
  indent = -1;
  private readonly indents: number[] = [];

  private put(s: string): void {
    this.out += s;
    this.column += s.length;
  }

  private putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  private popIndent(): void {
    this.indent = this.indents.pop() as number;
  }

  writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    if (this.column < indent) this.put(' '.repeat(indent - this.column));
    this.whitespace = true;
    this.indention = true;
  }

  private indicator(text: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(text);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  node(v: unknown, mapping: boolean, simpleKey: boolean): void {
    if (typeof v === 'string') return this.scalar(asReceived(v), simpleKey);
    if (v === null || v === undefined) return this.plainValue('null');
    if (typeof v === 'number') return this.plainValue(formatNumber(v));
    if (typeof v === 'boolean') return this.plainValue(v ? 'true' : 'false');
    if (typeof v === 'bigint') return this.plainValue(v.toString());
    if (Array.isArray(v)) return this.sequence(v, mapping);
    if (typeof v === 'object') return this.mapping(v as Record<string, unknown>);
    return this.scalar(String(v), simpleKey);
  }

  private emptyCollection(open: string, close: string): void {
    this.indicator(open, true, true, false);
    this.indicator(close, false, false, false);
  }

  private sequence(items: unknown[], mapping: boolean): void {
    if (items.length === 0) return this.emptyCollection('[', ']');
    this.increaseIndent(false, mapping && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.indicator('-', true, false, true);
      this.node(item, false, false);
    }
    this.popIndent();
  }

  private mapping(m: Record<string, unknown>): void {
    const keys = Object.keys(m).filter((k) => m[k] !== undefined);
    keys.sort(keyCompare);
    if (keys.length === 0) return this.emptyCollection('{', '}');
    this.increaseIndent(false, false);
    for (const raw of keys) {
      const key = asReceived(raw);
      this.writeIndent();
      // check_simple_key: a one-line key of at most 128 bytes; longer ones get `? key` / `: value`.
      if (!/[\n\r\u0085\u2028\u2029]/.test(key) && utf8Length(key) <= 128) {
        this.scalar(key, true);
        this.indicator(':', false, false, false);
      } else {
        this.indicator('?', true, false, true);
        this.scalar(key, false);
        this.writeIndent();
        this.indicator(':', true, false, true);
      }
      this.node(m[raw], true, false);
    }
    this.popIndent();
  }

  /** A scalar that is not a string (number, bool, null): always plain. */
  private plainValue(text: string): void {
    if (!this.whitespace) this.put(' ');
    this.put(text);
    this.whitespace = false;
    this.indention = false;
  }

  private scalar(s: string, simpleKey: boolean): void {
    const style = styleOf(s, analyze(s), simpleKey);
    this.increaseIndent(true, false);
    if (style === 'plain') this.plain(s, !simpleKey);
    else if (style === 'single') this.singleQuoted(s, !simpleKey);
    else if (style === 'double') this.doubleQuoted(s, !simpleKey);
    else this.literal(s);
    this.popIndent();
  }

  /** write_plain_scalar: a line past 80 columns breaks at a single space. */
  private plain(s: string, allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    if (!allowBreaks || this.column + s.length <= BEST_WIDTH || !s.includes(' ')) this.put(s);
    else {
      let spaces = false;
      for (let i = 0; i < s.length; i++) {
        if (s[i] === ' ') {
          if (!spaces && this.column > BEST_WIDTH && s[i + 1] !== ' ') this.writeIndent();
          else this.put(' ');
          spaces = true;
        } else {
          this.put(s[i]);
          this.indention = false;
          spaces = false;
        }
      }
    }
    this.whitespace = false;
    this.indention = false;
  }

  /** write_single_quoted_scalar (a string with a line break here is never single-quoted unless U+2028/9). */
  private singleQuoted(s: string, allowBreaks: boolean): void {
    this.indicator("'", true, false, false);
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x20) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < s.length - 1 && s[i + 1] !== ' ') this.writeIndent();
        else this.put(' ');
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === 0x0a) this.putBreak();
        this.writeBreak(s[i]);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(c === 0x27 ? "''" : s[i]);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.indicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  /** write_break: `\n` is a line break; another break character is written, then the column restarts. */
  private writeBreak(ch: string): void {
    if (ch === '\n') this.putBreak();
    else {
      this.out += ch;
      this.column = 0;
    }
  }

  /** write_double_quoted_scalar: escapes as yaml.v2 writes them, folding at spaces past 80 columns. */
  private doubleQuoted(s: string, allowBreaks: boolean): void {
    this.indicator('"', true, false, false);
    // is_bom looks at the value's first bytes, not the current ones: after a leading BOM every character is escaped.
    const bom = s.charCodeAt(0) === 0xfeff;
    let spaces = false;
    for (let i = 0; i < s.length; ) {
      const c = s.codePointAt(i) as number;
      const w = c > 0xffff ? 2 : 1;
      if (bom || !isPrintable(c) || isBreak(c) || c === 0x22 || c === 0x5c) {
        this.put(escapeChar(c));
        spaces = false;
      } else if (c === 0x20) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < s.length - 1) {
          this.writeIndent();
          if (s[i + 1] === ' ') this.put('\\');
        } else this.put(' ');
        spaces = true;
      } else {
        this.put(s[i]);
        spaces = false;
      }
      i += w;
    }
    this.indicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  /** write_literal_scalar with write_block_scalar_hints (indent hint, `-` strip or `+` keep). */
  private literal(s: string): void {
    this.indicator('|', true, false, false);
    if (s[0] === ' ' || isBreak(s.charCodeAt(0))) this.indicator(String(BEST_INDENT), false, false, false);
    const last = s.charCodeAt(s.length - 1);
    if (!isBreak(last)) this.indicator('-', false, false, false);
    else if (s.length === 1 || isBreak(s.charCodeAt(s.length - 2))) this.indicator('+', false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (isBreak(c)) {
        this.writeBreak(s[i]);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        // Copy the rest of the line at once.
        let j = i + 1;
        while (j < s.length && !isBreak(s.charCodeAt(j))) j++;
        this.put(s.slice(i, j));
        i = j - 1;
        this.indention = false;
        breaks = false;
      }
    }
  }
}

const ESCAPES: Record<number, string> = { 0: '0', 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 27: 'e', 34: '"', 92: '\\', 133: 'N', 160: '_', 8232: 'L', 8233: 'P' };

function escapeChar(c: number): string {
  const named = ESCAPES[c];
  if (named !== undefined) return `\\${named}`;
  const hex = c.toString(16).toUpperCase();
  if (c <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  if (c <= 0xffff) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}


/** yaml.Marshal of a JSON value as sigs.k8s.io/yaml writes it (keys in keyList order). */
export function marshalYamlV2(v: unknown): string {
  const e = new Emitter();
  e.node(v, false, false);
  // Document end: the last line is closed.
  e.indent = -1;
  e.writeIndent();
  return e.out;
}
