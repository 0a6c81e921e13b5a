// The wings: pods the scheduler has not placed, each with its reason (the PodScheduled
// condition's message, e.g. "0/3 nodes are available: 3 Insufficient cpu."). Leaving the wings
// is not animated here: the musician reappears on its stage and walks there (shared layoutId).
import { memo, useCallback } from 'react';
import type { Pod } from '../../engine';
import { Musician } from './Musician';
import { cast, MAX_SEATS } from './stage-layout';
import { useAppList, useAppState, useSession } from './use-session';

export const Wings = memo(function Wings() {
  const session = useSession();
  const pods = useAppList((s) => cast(s.nodes, s.pods).wings);
  const selectedName = useAppState((s) => (s.selection?.kind === 'Pod' ? s.selection.name : undefined));
  const onSelect = useCallback(
    (p: Pod) => session.actions.select({ kind: 'Pod', namespace: p.metadata.namespace, name: p.metadata.name }),
    [session],
  );
  const shown = pods.slice(0, MAX_SEATS);
  return (
    // tabIndex -1: focus lands here when a focused musician leaves the wings for good (Musician.tsx).
    <section className="wings" aria-label="Unscheduled pods" tabIndex={-1}>
      <h2 className="wings__title">{`The wings: unscheduled pods (${pods.length})`}</h2>
      {pods.length === 0 ? (
        <p className="wings__empty">Nobody is waiting: every pod has a stage.</p>
      ) : (
        <ul className="wings__list">
          {shown.map((p) => (
            <Musician key={p.metadata.uid} pod={p} selected={selectedName === p.metadata.name} onSelect={onSelect} inWings />
          ))}
          {pods.length > shown.length && <li className="stage__crowd">{`+${pods.length - shown.length} more`}</li>}
        </ul>
      )}
    </section>
  );
});
