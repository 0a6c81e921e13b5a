// The language picker (issue 14): one link per shipped language, each named in its own language
// (with `lang` and `hreflang`, so a screen reader pronounces it right), the current one marked
// aria-current. Links, not a <select>: choosing reloads the page in that language, and a select
// that navigated on change would reload on every arrow key (WCAG 3.2.2). The choice is stored so
// the next pages keep it. Switching reloads: a lesson then offers "Continue from step n".
import { language, t } from '../../i18n/catalogue';
import { storeLanguage } from '../../i18n/language-choice';
import { addressIn, LANGUAGES } from '../../i18n/languages';

// Server rendering (the opening frames' tests draw the App in Node) has no window: any absolute
// address gives the same markup there; the page itself always has one.
const here = (): string => (typeof window === 'undefined' ? 'http://localhost/' : window.location.href);

export function LanguagePicker() {
  const current = language();
  return (
    <nav className="languages" aria-label={t('app.language', 'Language')}>
      <ul>
        {LANGUAGES.map((l) => (
          <li key={l.tag}>
            <a
              href={addressIn(here(), l.tag)}
              lang={l.tag}
              hrefLang={l.tag}
              aria-current={l.tag === current ? 'true' : undefined}
              onClick={(e) => {
                storeLanguage(window, l.tag);
                // The address as it is now (a share link may have changed the hash since this drew).
                e.currentTarget.href = addressIn(window.location.href, l.tag);
              }}
            >
              {l.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
