// Text a teacher writes: one string, or one string per language (`{ en: '…', de: '…' }`), so a
// lesson built once can be read in several languages (issue 14 point 3). Always rendered as plain
// text by React (never as HTML or markdown), so a `<script>` in it is only characters.

/** A lesson's words: a plain string (any language) or a map from BCP 47 language tag to string. */
export type LocalText = string | Readonly<Record<string, string>>;

/** The fallback language when the reader's is missing from a map. */
export const DEFAULT_LANG = 'en';

/**
 * The text for `lang`: the exact tag, then its primary language ("de" for "de-AT"), then English,
 * then the first language the author wrote.
 */
export function textIn(text: LocalText, lang: string = DEFAULT_LANG): string {
  if (typeof text === 'string') return text;
  const primary = lang.split('-')[0];
  return text[lang] ?? text[primary] ?? text[DEFAULT_LANG] ?? Object.values(text)[0] ?? '';
}
