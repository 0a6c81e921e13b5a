// "Share": the session's seed + command log (and the lesson step) encoded into the URL fragment,
// copied to the clipboard; when the clipboard is refused the link is shown in a textbox to copy
// by hand. Opening the link rebuilds the same moment (main.tsx). The encoder (deflate, checks) is
// its own chunk, fetched on the first click.
import { useId, useState } from 'react';
import type { LessonFacts } from '../../lessons/types';
import type { Session, ShareState } from '../session/types';
import { shareUrl } from './share-url';

export function ShareButton({
  session,
  lessonStep,
}: {
  session: Session;
  lessonStep?: () => { lesson: string; step: number; facts?: LessonFacts };
}) {
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | undefined>(undefined);
  const linkId = useId();
  const share = async () => {
    try {
      const state: ShareState = { ...session.shareState(), ...(lessonStep ? lessonStep() : {}) };
      const { decodeShare, encodeShare } = await import('../share/share-link');
      const fragment = await encodeShare(state);
      // The same checks the opening page applies: never hand out a link Podchestra would refuse.
      const check = await decodeShare(fragment);
      if ('error' in check) {
        setFallback(undefined);
        setStatus(`This moment cannot be shared as a link: ${check.error.replace(/^This share link is damaged: /, '')}`);
        return;
      }
      const url = shareUrl(window.location.href, fragment);
      window.history.replaceState(null, '', url);
      try {
        await navigator.clipboard.writeText(url);
        setFallback(undefined);
        setStatus('Link copied');
      } catch {
        setFallback(url);
        setStatus('Copy the link below');
      }
    } catch (e) {
      setStatus(`Could not make a link: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <span className="share">
      <button type="button" className="btn" onClick={() => void share()}>
        Share
      </button>
      <span role="status" className="share__status small">
        {status}
      </span>
      {fallback && (
        <span className="share__fallback">
          <label htmlFor={linkId} className="small">
            Share link
          </label>
          <input id={linkId} readOnly value={fallback} onFocus={(e) => e.currentTarget.select()} />
        </span>
      )}
    </span>
  );
}
