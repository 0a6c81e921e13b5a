// The message catalogue (issue 14, part 3): every UI string is `t(id, english, vars?)` or
// `plural(id, count, { one, other }, vars?)`. The English text stays at the call site, in the
// chunk that uses it, so English costs nothing beyond this module (~0.5 kB gz) and no catalogue
// fetch; another language's messages are one lazily loaded chunk (load-language.ts), installed
// here before the first render. Picked by measuring against @lingui/core and i18next: docs/i18n.md.
// A missing translation falls back to the English at the call site, never to the id.
// Pure: no DOM, no React; the language is chosen once per page load (switching reloads the page).

/** A plural message: CLDR categories (Intl.PluralRules). `other` is required; English uses one/other. */
export type PluralForms = { other: string } & Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>>;
export type Message = string | PluralForms;
export type Messages = Readonly<Record<string, Message>>;
export type Vars = Readonly<Record<string, string | number>>;

let current = 'en';
let messages: Messages = {};
let rules: Intl.PluralRules | undefined;

/** The page's language (a BCP 47 tag from languages.ts); "en" until setLanguage. */
export function language(): string {
  return current;
}

/** Installs a language and its messages (English takes none: its text is at the call sites). */
export function setLanguage(tag: string, catalogue: Messages = {}): void {
  current = tag;
  messages = catalogue;
  rules = undefined;
}

/** `{name}` filled from vars; a placeholder without a value stays as written (a visible bug, not a crash). */
export function interpolate(text: string, vars?: Vars): string {
  if (!vars || !text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : m));
}

/** The message `id` in the page's language, else the English given here. */
export function t(id: string, english: string, vars?: Vars): string {
  const m = current === 'en' ? undefined : messages[id];
  return interpolate(typeof m === 'string' ? m : english, vars);
}

/** English's rule, without Intl: constructing Intl.PluralRules loads ICU data the first screen need not pay for. */
const englishCategory = (n: number): Intl.LDMLPluralRule => (n === 1 ? 'one' : 'other');

/** The CLDR plural category of `n` in the page's language. */
export function pluralCategory(n: number): Intl.LDMLPluralRule {
  if (current === 'en') return englishCategory(n);
  rules ??= new Intl.PluralRules(current);
  return rules.select(n);
}

/**
 * A count in words: the form for `count`'s plural category, with `{count}` (and vars) filled.
 * A translation missing a category uses its `other`; a missing translation, the English.
 */
export function plural(id: string, count: number, english: PluralForms, vars?: Vars): string {
  const m = current === 'en' ? undefined : messages[id];
  const forms = m !== undefined && typeof m !== 'string' ? m : english;
  const category = forms === english && current !== 'en' ? englishCategory(count) : pluralCategory(count);
  const text = forms[category] ?? forms.other;
  return interpolate(text, { count, ...vars });
}
