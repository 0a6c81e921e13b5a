// The audience's size for one Service: a number box and a slider (0–2000 requests/s). A change is
// applied on Enter / "Set load" or when the slider is let go, not on every step of a drag, so the
// console gets one `# the audience sends …` line per decision (setLoad prints it, as a fault).
import { useEffect, useId, useState } from 'react';
import { useApp, useSessionContext } from '../app/use-store';
import { serviceKey } from './traffic-history';

export const MAX_LOAD = 2000;

export function clampLoad(v: number): number {
  return Number.isFinite(v) ? Math.min(MAX_LOAD, Math.max(0, Math.round(v))) : 0;
}

/**
 * `compact` (the scene's marquee, which names its Service already): the label shows "Load" and
 * the rest of its words are for screen readers, so the accessible name stays "Load for <name>
 * (requests/s)" and the control fits one line beside the marquee's figures.
 */
export function LoadControl({ namespace, name, compact }: { namespace: string; name: string; compact?: boolean }) {
  const { actions } = useSessionContext();
  const load = useApp((s) => s.loads?.[serviceKey(namespace, name)] ?? 0);
  const [value, setValue] = useState(String(load));
  // Follow the cluster when the load changes elsewhere (console, rewind, another control).
  useEffect(() => setValue(String(load)), [load]);
  const id = useId();
  const apply = (raw: string) => {
    const rps = clampLoad(Number(raw));
    setValue(String(rps));
    if (rps !== load) actions.setLoad(namespace, name, rps);
  };
  return (
    <form
      className={compact ? 'load-control load-control--compact' : 'load-control'}
      onSubmit={(e) => {
        e.preventDefault();
        apply(value);
      }}
    >
      {!compact && <label htmlFor={`${id}-n`}>Load for {name} (requests/s)</label>}
      <div className="load-control__row">
        {compact && (
          <label htmlFor={`${id}-n`}>
            Load<span className="visually-hidden"> for {name} (requests/s)</span>
          </label>
        )}
        <input
          id={`${id}-n`}
          type="number"
          min={0}
          max={MAX_LOAD}
          step={1}
          inputMode="numeric"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <input
          type="range"
          aria-label={`Load slider for ${name}`}
          aria-valuetext={`${value} requests/s`}
          min={0}
          max={MAX_LOAD}
          step={10}
          value={clampLoad(Number(value))}
          onChange={(e) => setValue(e.target.value)}
          onPointerUp={(e) => apply(e.currentTarget.value)}
          onKeyUp={(e) => {
            if (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End' || e.key.startsWith('Page')) apply(e.currentTarget.value);
          }}
        />
        <button type="submit" className="btn">
          Set load
        </button>
      </div>
    </form>
  );
}
