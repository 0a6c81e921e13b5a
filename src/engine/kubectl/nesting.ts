// How deep a manifest nests, found by a linear scan before any parser runs, so a hostile document
// (100 kB of `[[[[…`) is refused in milliseconds with the real decoders' words instead of
// exhausting the stack or the time of a recursive parser.
// JSON: encoding/json refuses a value nested more than 10000 levels ("exceeded max depth", at the
// byte offset after the character that opened the 10001st level).
// YAML: yaml.v2 refuses more than 10000 flow levels or 10000 block indentation levels
// ("yaml: line N: exceeded max depth of 10000").
// [k8s: encoding/json scanner.go maxNestingDepth; gopkg.in/yaml.v2 scannerc.go max_flow_level,
//  max_indents; apimachinery/pkg/util/yaml/decoder.go JSONSyntaxError]
// Simplification: the `yaml` package this simulator parses with recurses once per level and
// slows steeply with depth, so YAML nesting is capped at YAML_MAX_DEPTH levels (flow and block
// together); deeper documents get yaml.v2's words with that number. Real manifests nest about
// 15 levels. The YAML scan approximates yaml.v2's tokens (quotes, comments, block scalars, flow
// collections; a `[` inside a block plain scalar is text), which is all a depth count needs.

import { utf8Length } from '../util/utf8';

/** encoding/json's and yaml.v2's limit. */
export const GO_MAX_DEPTH = 10000;
/** This simulator's YAML nesting limit (see the header). */
export const YAML_MAX_DEPTH = 100;


/** encoding/json's error for a JSON text nested deeper than 10000 levels, with its byte offset. */
export function jsonDepthError(text: string): { message: string; index: number } | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string: to its next quote not escaped by an odd run of backslashes.
      let end = text.indexOf('"', i + 1);
      while (end > 0) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end < 0) return undefined;
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > GO_MAX_DEPTH)
        return { index: i, message: `json: offset ${utf8Length(text.slice(0, i + 1))}: invalid character '${text[i]}' exceeded max depth` };
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return undefined;
}

/** yaml.v2 prints `line N: ` (1-based) only for a mark past the first line. */
function lineAt(line0: number): string {
  return line0 > 0 ? `line ${line0 + 1}: ` : '';
}

/**
 * yaml.v2's words for a YAML text nested deeper than it (10000) or this simulator
 * (YAML_MAX_DEPTH) allows; undefined when the nesting is within bounds.
 */
export function yamlDepthError(text: string): string | undefined {
  const lines = text.split('\n');
  const indents: number[] = []; // columns of the open block collections
  let flow = 0;
  let quote = ''; // an open quoted scalar spanning lines
  let blockScalarAbove = -1; // inside a literal/folded scalar: lines indented deeper than this
  let over: number | undefined; // first line past this simulator's limit
  const deeper = (line0: number): string | undefined => {
    const depth = indents.length + flow;
    if (flow > GO_MAX_DEPTH || indents.length > GO_MAX_DEPTH) return `${lineAt(line0)}exceeded max depth of ${GO_MAX_DEPTH}`;
    if (depth > YAML_MAX_DEPTH && over === undefined) over = line0;
    return undefined;
  };
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    let i = 0;
    const scanFlow = (): string | undefined => {
      // Inside a flow collection or a quoted scalar, until the line ends or the flow closes.
      for (; i < line.length; i++) {
        const c = line[i];
        if (quote) {
          if (quote === '"' && c === '\\') i++;
          else if (c === quote) {
            if (quote === "'" && line[i + 1] === "'") i++;
            else quote = '';
          }
          if (!quote && flow === 0) return undefined;
          continue;
        }
        const prev = i === 0 ? ' ' : line[i - 1];
        if (c === '#' && (prev === ' ' || prev === '\t')) return undefined;
        if ((c === '"' || c === "'") && '[{,: \t'.includes(prev)) quote = c;
        else if (c === '[' || c === '{') {
          flow++;
          const e = deeper(li);
          if (e) return e;
        } else if ((c === ']' || c === '}') && flow > 0) {
          flow--;
          if (flow === 0) return undefined; // what follows a closed flow on this line is not nested
        }
      }
      return undefined;
    };
    if (quote || flow > 0) {
      const e = scanFlow();
      if (e) return `yaml: ${e}`;
      continue;
    }
    while (i < line.length && line[i] === ' ') i++;
    if (i >= line.length || line[i] === '#') continue;
    if (blockScalarAbove >= 0) {
      if (i > blockScalarAbove) continue;
      blockScalarAbove = -1;
    }
    while (indents.length && indents[indents.length - 1] > i) indents.pop();
    const open = (col: number): string | undefined => {
      if (!indents.length || col > indents[indents.length - 1]) {
        indents.push(col);
        return deeper(li);
      }
      return undefined;
    };
    // Block sequence entries, several on one line (`- - - x`).
    while (line[i] === '-' && (i + 1 === line.length || line[i + 1] === ' ')) {
      const e = open(i);
      if (e) return `yaml: ${e}`;
      i++;
      while (line[i] === ' ') i++;
    }
    let col = i;
    // A mapping key on this line: a `:` followed by a space or the line's end, outside quotes.
    if (line[i] !== '[' && line[i] !== '{') {
      let j = i;
      if (line[j] === '"' || line[j] === "'") {
        const q = line[j];
        for (j++; j < line.length && line[j] !== q; j++) if (q === '"' && line[j] === '\\') j++;
      }
      let colon = -1;
      for (; j < line.length; j++) {
        if (line[j] === '#' && line[j - 1] === ' ') break;
        if (line[j] === ':' && (j + 1 === line.length || line[j + 1] === ' ')) {
          colon = j;
          break;
        }
      }
      if (colon >= 0) {
        const e = open(i);
        if (e) return `yaml: ${e}`;
        i = colon + 1;
        while (line[i] === ' ') i++;
      }
      col = indents.length ? indents[indents.length - 1] : 0;
    }
    // The value: anchors and tags, then a flow collection, a quoted or block scalar, or text.
    while ((line[i] === '&' || line[i] === '!') && line.indexOf(' ', i) > 0) {
      i = line.indexOf(' ', i);
      while (line[i] === ' ') i++;
    }
    const c = line[i];
    if (c === '[' || c === '{' || c === '"' || c === "'") {
      const e = scanFlow();
      if (e) return `yaml: ${e}`;
    } else if (c === '|' || c === '>') blockScalarAbove = col;
  }
  if (over !== undefined) return `yaml: ${lineAt(over)}exceeded max depth of ${YAML_MAX_DEPTH}`;
  return undefined;
}

/** Whether a decoded value nests more than `limit` levels (iterative, stops at the first). */
export function nestsDeeperThan(v: unknown, limit: number): boolean {
  if (v === null || typeof v !== 'object') return false;
  // Only collections are pushed, with their depths on a parallel stack (no pair per node).
  const values: object[] = [v];
  const depths: number[] = [0];
  while (values.length) {
    const x = values.pop() as object;
    const d = depths.pop() as number;
    if (d >= limit) return true;
    for (const child of Array.isArray(x) ? x : Object.values(x))
      if (child !== null && typeof child === 'object') {
        values.push(child);
        depths.push(d + 1);
      }
  }
  return false;
}
