// Play as learner, Publish and the three ways to share a published lesson: its link, its JSON
// file, and the iframe snippet for a course page (with that page's origin, so the frame may post
// `ready`/`step`/`complete` to it). Publishing runs the headless solution check first (publish.ts)
// and shows its refusal as plain text.
import { useEffect, useId, useMemo, useState } from 'react';
import type { AuthoredLesson } from '../../lessons/authored/types';
import { parseOrigin } from '../embed/protocol';
import { encodeLessonLink } from '../share/lesson-link';
import { type Published, publishedSnippet, publishLesson } from './publish';

const pageUrl = () => `${window.location.origin}${window.location.pathname}`;
/** Lets the "Checking…" status paint before the (synchronous, ≤ 5 s) check runs. */
const nextFrame = () => new Promise<void>((done) => setTimeout(done, 30));

export function PublishSection({ draft }: { draft: AuthoredLesson }) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [published, setPublished] = useState<Published | undefined>();
  const [origin, setOrigin] = useState('');
  const [copied, setCopied] = useState('');
  // A change to the lesson after publishing makes the shown link stale: it goes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on every edit of the draft
  useEffect(() => {
    setPublished(undefined);
    setCopied('');
  }, [draft]);
  const jsonUrl = useMemo(
    () => (published ? URL.createObjectURL(new Blob([published.json], { type: 'application/json' })) : ''),
    [published],
  );
  useEffect(() => () => (jsonUrl ? URL.revokeObjectURL(jsonUrl) : undefined), [jsonUrl]);

  const publish = async () => {
    setBusy(true);
    setError('');
    await nextFrame();
    const result = await publishLesson(draft, { pageUrl: pageUrl(), wallNow: () => performance.now() });
    setBusy(false);
    if (result.ok) setPublished(result.published);
    else setError(result.error);
  };
  const play = async () => {
    setError('');
    try {
      const fragment = await encodeLessonLink(draft);
      window.open(`${pageUrl()}?lesson=${draft.slug}#${fragment}`, '_blank', 'noopener');
    } catch (e) {
      setError(`This lesson cannot be played yet: ${e instanceof Error ? e.message : String(e)}.`);
    }
  };
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${what} copied`);
    } catch {
      setCopied(`Select the ${what.toLowerCase()} and copy it`);
    }
  };
  const originError =
    origin.trim() && !parseOrigin(origin.trim()) ? 'Write the scheme, host and port only, like https://course.example.' : '';
  const [snippet, setSnippet] = useState('');
  useEffect(() => {
    let live = true;
    if (published) void publishedSnippet(published, pageUrl(), origin).then((code) => live && setSnippet(code));
    else setSnippet('');
    return () => {
      live = false;
    };
  }, [published, origin]);
  return (
    <section className="builder__publish" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Try and publish</h3>
      <div className="lesson__buttons">
        <button type="button" className="btn" onClick={play} disabled={draft.steps.length === 0}>
          Play as learner
        </button>
        <button type="button" className="btn btn--primary" onClick={publish} disabled={busy || draft.steps.length === 0}>
          Publish
        </button>
      </div>
      {busy && <p role="status">Checking the solution: replaying the lesson headlessly…</p>}
      {error && (
        <p className="lesson__note" role="alert">
          {error}
        </p>
      )}
      {published && (
        <div className="builder__shared">
          <p role="status">Published: the solution reached every goal in {Math.round(published.tookMs / 1000)} s of lesson time.</p>
          <label htmlFor={`${id}-link`}>Lesson link</label>
          <input id={`${id}-link`} readOnly value={published.link} onFocus={(e) => e.target.select()} />
          <div className="lesson__buttons">
            <button type="button" className="btn" onClick={() => copy(published.link, 'Link')}>
              Copy link
            </button>
            <a className="btn" href={jsonUrl} download={`${published.lesson.slug}.json`}>
              Download JSON
            </a>
          </div>
          <label htmlFor={`${id}-origin`}>Course page origin (optional)</label>
          <input
            id={`${id}-origin`}
            value={origin}
            placeholder="https://course.example"
            aria-invalid={originError ? true : undefined}
            aria-describedby={originError ? `${id}-origin-error` : undefined}
            onChange={(e) => setOrigin(e.target.value)}
          />
          {originError && (
            <p id={`${id}-origin-error`} className="lesson__note">
              {originError}
            </p>
          )}
          <label htmlFor={`${id}-embed`}>Embed code</label>
          <textarea id={`${id}-embed`} readOnly rows={4} value={snippet} onFocus={(e) => e.target.select()} />
          <button type="button" className="btn" onClick={() => copy(snippet, 'Embed code')}>
            Copy embed code
          </button>
          {copied && <p role="status">{copied}</p>}
        </div>
      )}
    </section>
  );
}
