// Surtitles (issue 10): what just happened, one sentence at a time under the scene, its names
// marked like the things on stage (surtitle-words.ts): each kind has its own colour and its own
// underline (solid pods, dashed nodes, double Services, dotted workloads), so colour is never the
// only signal. The whole log is one click away ("All events"). Not a live region itself: the
// Cluster events log already announces each sentence.
import { t } from '../../i18n/catalogue';
import { splitReason, surtitleParts } from './surtitle-words';
import { useApp } from './use-store';

export function Surtitles({ onShowLog }: { onShowLog: () => void }) {
  const latest = useApp((s) => s.narration.at(-1));
  // Names joined into strings: a store write that changes no name re-renders nothing.
  const pods = useApp((s) => s.pods.map((p) => p.metadata?.name ?? '').join(' '));
  const nodes = useApp((s) => s.nodes.map((n) => n.metadata?.name ?? '').join(' '));
  const services = useApp((s) => (s.services ?? []).map((x) => x.metadata.name).join(' '));
  const workloads = useApp((s) => [...s.deployments, ...(s.statefulSets ?? [])].map((w) => w.metadata?.name ?? '').join(' '));
  const words = (names: string) => names.split(' ').filter(Boolean);
  const known = { pods: words(pods), nodes: words(nodes), services: words(services), workloads: words(workloads) };
  const { text, reason } = splitReason(latest ?? '');
  return (
    <div className="surtitles">
      <p className="surtitles__line">
        {latest ? (
          <>
            <span className="visually-hidden">{t('surtitles.latest', 'Latest event: ')}</span>
            {surtitleParts(text, known).map((p, i) =>
              p.kind ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: parts of one sentence, in order
                <span key={i} className={`named named--${p.kind}`}>
                  {p.text}
                </span>
              ) : (
                p.text
              ),
            )}
            {reason && <span className="surtitles__reason"> ({reason})</span>}
          </>
        ) : (
          <span className="muted">{t('surtitles.nothing', 'Nothing has happened yet.')}</span>
        )}
      </p>
      <button type="button" className="linkish surtitles__log" onClick={onShowLog}>
        {t('surtitles.allEvents', 'All events')}
      </button>
    </div>
  );
}
