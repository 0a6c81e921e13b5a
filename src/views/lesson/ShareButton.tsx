// "Share": the session's seed + command log (and the lesson step) encoded into the URL fragment,
// copied to the clipboard; when the clipboard is refused the link is shown in a textbox to copy
// by hand. Opening the link rebuilds the same moment (main.tsx). The encoder (deflate, checks) is
// its own chunk, fetched on the first click.
import { t } from '../../i18n/catalogue';
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
      // encodeShare applies the opening page's checks and throws when the link would be refused.
      const { encodeShare } = await import('../share/share-link');
      const fragment = await encodeShare(state);
      const url = shareUrl(window.location.href, fragment);
      window.history.replaceState(null, '', url);
      try {
        await navigator.clipboard.writeText(url);
        setFallback(undefined);
        setStatus(t('share.copied', 'Link copied'));
      } catch {
        setFallback(url);
        setStatus(t('share.copyBelow', 'Copy the link below'));
      }
    } catch (e) {
      setFallback(undefined);
      setStatus(t('share.failed', 'Could not make a link: {reason}', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <span className="share">
      <button type="button" className="btn" onClick={() => void share()}>
        {t('share.button', 'Share')}
      </button>
      <span role="status" className="share__status small">
        {status}
      </span>
      {fallback && (
        <span className="share__fallback">
          <label htmlFor={linkId} className="small">
            {t('share.link', 'Share link')}
          </label>
          <input id={linkId} readOnly value={fallback} onFocus={(e) => e.currentTarget.select()} />
        </span>
      )}
    </span>
  );
}
