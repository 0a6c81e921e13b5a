// Whole numbers as the page prints them: rounded, with a comma every three digits (1,234,567).
// Written by hand, not with toLocaleString('en-US'): the first toLocaleString of a page loads
// ICU's number formatting, 40–150 ms of main thread in a fresh Chromium renderer (measured in a
// cold load's CPU profile, 2026-12-07: the marquee's first render paid it before the band
// could be drawn). en-US grouping is all the page needs.

export function formatWhole(n: number): string {
  const r = Math.round(n);
  if (!Number.isFinite(r)) return String(r);
  const digits = String(Math.abs(r));
  // Past 1e21 String() switches to exponent notation; no rate or count gets there.
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return r < 0 ? `-${grouped}` : grouped;
}
