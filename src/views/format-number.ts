// Whole numbers as the page prints them: rounded, with a comma every three digits (1,234,567).
// Written by hand, not with toLocaleString('en-US'): the first toLocaleString of a page loads
// ICU's number formatting, 40–150 ms of main thread in a fresh Chromium renderer (measured in a
// cold load's CPU profile, 2026-12-07: the marquee's first render paid it before the band
// could be drawn). So English keeps this path; another language (issue 14) groups as its locale
// does (de 1.234.567, es 1234 but 12.345) through Intl, paid once that page asks for a number.
import { language } from '../i18n/catalogue';

let localeFormat: Intl.NumberFormat | undefined;

export function formatWhole(n: number): string {
  const r = Math.round(n);
  if (!Number.isFinite(r)) return String(r);
  if (language() !== 'en') {
    if (localeFormat?.resolvedOptions().locale.split('-')[0] !== language()) localeFormat = new Intl.NumberFormat(language());
    return localeFormat.format(r);
  }
  const digits = String(Math.abs(r));
  // Past 1e21 String() switches to exponent notation; no rate or count gets there.
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return r < 0 ? `-${grouped}` : grouped;
}
