// Who plays what: each live workload's instrument, colour and name in words, so a musician's
// shape and colour always pair with visible text (the musicians themselves show only a short name).
import { memo } from 'react';
import { bandFor } from './band';
import { InstrumentIcon } from './InstrumentIcon';
import { useAppList, useSession } from './use-session';

export const BandLegend = memo(function BandLegend() {
  const store = useSession().store;
  const members = useAppList((s) => bandFor(store).update(s.pods, s.deployments, s.statefulSets).list());
  if (members.length === 0) return null;
  return (
    <section className="band-legend" aria-labelledby="band-legend-h">
      <h2 id="band-legend-h" className="band-legend__title">
        Who plays what
      </h2>
      <ul className="band-legend__list">
        {members.map((m) => (
          <li key={m.key} className="band-legend__item">
            <InstrumentIcon instrument={m.instrument} />
            <span className="band-legend__instrument">{m.instrument.name}</span>{' '}
            <span>
              {m.workload.kind === 'Pod' ? 'pod' : m.workload.kind.toLowerCase()} <strong>{m.workload.name}</strong>
              {m.namespace !== 'default' ? ` (${m.namespace})` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
});
