// "Embed": a modal <dialog> (showModal makes the rest of the page inert, so focus stays inside,
// and Escape closes it) holding the iframe snippet for this lesson, with an optional course-page
// origin so the frame may post its progress there. A lazy chunk (EmbedDialog.tsx holds the button):
// nothing of the dialog shows before it is asked for.
import { t } from '../../i18n/catalogue';
import { useEffect, useId, useRef, useState } from 'react';
import { catalogEntry } from '../../lessons/catalog';
import { parseOrigin } from '../embed/params';
import type { embedSnippet as EmbedSnippet } from '../embed/snippet';

/**
 * The snippet's code is fetched when the dialog opens, not with the page: the lesson builder uses
 * it too, and a module two chunks share is split into its own small file, which the first screen
 * then fetched (+0.6 kB gz, measured with `npm run bench -- --figure=bundle`).
 */
const loadSnippet = () => import('../embed/snippet').then((m) => m.embedSnippet);

/** `asked` counts the Embed button's presses: each one (re)opens the dialog. */
export function EmbedDialogBody({ lesson, asked }: { lesson: string; asked: number }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [origin, setOrigin] = useState('');
  const [copied, setCopied] = useState('');
  const [embedSnippet, setEmbedSnippet] = useState<typeof EmbedSnippet | undefined>();
  const titleId = useId();
  const originId = useId();
  const codeId = useId();
  const errorId = useId();
  const pageUrl = `${window.location.origin}${window.location.pathname}`;
  const cleanOrigin = origin.trim();
  // A typo such as a trailing slash would give a frame that never talks to its page: say so.
  const originError =
    cleanOrigin && !parseOrigin(cleanOrigin)
      ? `"${cleanOrigin}" is not an origin: write the scheme, host and port only, like https://course.example (no path, no trailing slash).`
      : '';
  const entry = catalogEntry(lesson);
  const code = embedSnippet
    ? embedSnippet({
        pageUrl,
        lesson: entry ? { slug: entry.slug, title: entry.title } : lesson,
        ...(cleanOrigin && !originError ? { origin: cleanOrigin } : {}),
      })
    : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(t('embed.copied', 'Copied'));
    } catch {
      document.getElementById(codeId)?.focus();
      setCopied(t('embed.selectCode', 'Select the code and copy it'));
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: opens on each press (asked), not on a snippet's arrival
  useEffect(() => {
    setCopied('');
    if (!embedSnippet) void loadSnippet().then((f) => setEmbedSnippet(() => f));
    if (!ref.current?.open) ref.current?.showModal();
  }, [asked]);
  return (
    <dialog ref={ref} className="embed-dialog" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('embed.title', 'Embed this lesson')}</h2>
      <p className="small">
        {t('embed.help', "Paste this into your course page. Add the page's origin to receive its progress messages.")}
      </p>
      <label htmlFor={originId}>{t('embed.origin', 'Course page origin (optional)')}</label>
      <input
        id={originId}
        value={origin}
        placeholder="https://course.example"
        aria-invalid={originError ? true : undefined}
        aria-describedby={originError ? errorId : undefined}
        onChange={(e) => setOrigin(e.target.value)}
      />
      {originError && (
        <p id={errorId} className="embed-dialog__error" role="alert">
          {originError}
        </p>
      )}
      <label htmlFor={codeId}>{t('embed.code', 'Embed code')}</label>
      <textarea id={codeId} readOnly rows={5} value={code} onFocus={(e) => e.currentTarget.select()} />
      <div className="embed-dialog__buttons">
        <button type="button" className="btn btn--primary" onClick={() => void copy()}>
          {t('embed.copy', 'Copy')}
        </button>
        <span role="status" className="small">
          {copied}
        </span>
        <button type="button" className="btn" onClick={() => ref.current?.close()}>
          {t('embed.close', 'Close')}
        </button>
      </div>
    </dialog>
  );
}
