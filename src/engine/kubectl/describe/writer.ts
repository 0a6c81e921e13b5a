// describe's output machinery: Go's text/tabwriter as tabbedString configures it (minwidth 0,
// padding 2, pad char ' ') and kubectl's PrefixWriter (two spaces per level).
// [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go tabbedString/prefixWriter,
//  go/src/text/tabwriter/tabwriter.go format/writeLines]
// Not modelled: tabwriter's escape, '\v'/'\f' and HTML handling, and WriteEscaped's
// terminal-control escaping (describe text here never contains control characters).

export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;

function runes(s: string): number {
  return [...s].length;
}

/**
 * Aligns tab-separated cells exactly as Go's tabwriter: a column block is a run of consecutive
 * lines that have a tab-terminated cell in that column; each block is as wide as its widest
 * cell plus padding. The text after a line's last tab never takes part in alignment.
 */
export function tabwrite(text: string, minwidth = 0, padding = 2): string {
  const lines = text.split('\n').map((l) => l.split('\t'));
  const widths: number[] = [];
  let out = '';
  const writeLines = (line0: number, line1: number): void => {
    for (let i = line0; i < line1; i++) {
      const cells = lines[i];
      for (let j = 0; j < cells.length; j++) {
        const c = cells[j];
        out += c;
        if (j < widths.length) out += ' '.repeat(Math.max(0, widths[j] - runes(c)));
      }
      if (i + 1 < lines.length) out += '\n';
    }
  };
  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let th = line0; th < line1; th++) {
      if (column >= lines[th].length - 1) continue;
      writeLines(line0, th);
      line0 = th;
      let width = minwidth;
      for (; th < line1; th++) {
        const cells = lines[th];
        if (column >= cells.length - 1) break;
        width = Math.max(width, runes(cells[column]) + padding);
      }
      widths.push(width);
      format(line0, th);
      widths.pop();
      line0 = th;
    }
    writeLines(line0, line1);
  };
  format(0, lines.length);
  return out;
}

/** kubectl's PrefixWriter over a tabwriter; flush() aligns what was written so far on its own. */
export class PrefixWriter {
  private pending = '';
  private done = '';

  /** `aligned = false` writes straight through, as printTemplate's bare PrefixWriter does. */
  constructor(private readonly aligned = true) {}

  write(level: number, text: string): void {
    this.pending += '  '.repeat(level) + text;
  }

  /** fmt.Sprintln of one value: the text and a newline, without indentation. */
  writeLine(text: string): void {
    this.pending += `${text}\n`;
  }

  flush(): void {
    this.done += this.aligned ? tabwrite(this.pending) : this.pending;
    this.pending = '';
  }

  toString(): string {
    this.flush();
    return this.done;
  }
}

/** Builds a description the way tabbedString does. */
export function tabbedString(fill: (w: PrefixWriter) => void): string {
  const w = new PrefixWriter();
  fill(w);
  return w.toString();
}
