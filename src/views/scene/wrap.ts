// Line breaking for SVG text, which does not wrap by itself.

/** Splits text into lines of at most `perLine` characters at spaces (SVG text does not wrap). */
export function wrap(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, Math.max(0, perLine - 1))}…`;
    return kept;
  }
  return lines;
}

/** Squeezes a line that would overflow `width` (SVG text does not wrap); the words stay whole. */
export function fitText(text: string, fs: number, width: number): { textLength?: number; lengthAdjust?: 'spacingAndGlyphs' } {
  // About 0.6 em per character in the UI's sans-serif (DejaVu Sans, the widest we meet).
  return text.length * fs * 0.6 > width ? { textLength: Math.max(1, width), lengthAdjust: 'spacingAndGlyphs' } : {};
}
