// Plain-language narration of the cluster's Events, kubectl's word for each in brackets: the full
// log behind the surtitles, beside the console's output in the dock. A polite live log: screen
// readers hear what happened without losing their place.
import { t } from '../../i18n/catalogue';
import { useEffect, useRef } from 'react';
import { useApp } from './use-store';

const SHOWN = 60;

export function Narration({ logId }: { logId?: string }) {
  const lines = useApp((s) => s.narration);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = list.current;
    if (el && lines.length >= 0) el.scrollTop = el.scrollHeight;
  }, [lines]);
  const shown = lines.slice(-SHOWN);
  const first = lines.length - shown.length;
  const heading = t('events.heading', 'Cluster events');
  return (
    <section className="narration" aria-labelledby="narration-heading">
      <h3 id="narration-heading" className="narration__heading">
        {heading}
      </h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
      <div ref={list} id={logId} role="log" aria-label={heading} aria-live="polite" tabIndex={0} className="narration__log">
        <ol className="narration__list">
          {shown.map((text, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the absolute index of an append-only list
            <li key={first + i}>{text}</li>
          ))}
        </ol>
      </div>
    </section>
  );
}
