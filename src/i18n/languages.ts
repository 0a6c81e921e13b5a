// Which language a page speaks: `?lang=xx` first (a course page or the picker chose), then the
// browser's preferences (navigator.languages, in order), then English. Matched by primary subtag
// ("de-AT" → de): the shipped languages have one variant each. Pure, so it is unit tested.

export interface Language {
  tag: string;
  /** The language's name in itself (the picker shows each in its own language). */
  name: string;
}

/** The shipped languages; English first (the fallback and the language of the call sites). */
export const LANGUAGES: readonly Language[] = [
  { tag: 'en', name: 'English' },
  { tag: 'de', name: 'Deutsch' },
  { tag: 'es', name: 'Español' },
];

export const DEFAULT_LANGUAGE = 'en';

/** The shipped language a BCP 47 tag asks for, if any ("es-419" → es, "EN" → en). */
export function matchLanguage(tag: string | null | undefined): string | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l.tag === primary)?.tag;
}

/** `?lang=` if it names a shipped language, else the first of the browser's that does, else English. */
export function chooseLanguage(search: string, preferred: readonly string[] = []): string {
  const asked = matchLanguage(new URLSearchParams(search).get('lang'));
  if (asked) return asked;
  for (const tag of preferred) {
    const found = matchLanguage(tag);
    if (found) return found;
  }
  return DEFAULT_LANGUAGE;
}

/** The same address in another language: `lang` set (or dropped for English), the rest (hash included) kept. */
export function addressIn(href: string, tag: string): string {
  const url = new URL(href);
  // By hand, not searchParams.set: that would rewrite the rest ("?sandbox" as "?sandbox=").
  const kept = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p && !p.startsWith('lang='));
  if (tag !== DEFAULT_LANGUAGE) kept.push(`lang=${encodeURIComponent(tag)}`);
  return url.pathname + (kept.length ? `?${kept.join('&')}` : '') + url.hash;
}
