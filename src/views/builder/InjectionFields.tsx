// A step's timed injections (kill a pod, crash a container, node failure, load surge): the list,
// each removable, and a small form that adds one, its target picked from the live cluster.
import { useId, useState } from 'react';
import type { Injection } from '../../lessons/types';
import { INJECTION_LABELS, INJECTION_TARGET, type InjectionKind, toInjection } from './injections';
import type { LiveChoices } from './live-choices';
import { describeAction } from './record';

interface Props {
  injections: Injection[];
  live: LiveChoices;
  onChange(injections: Injection[]): void;
}

const KINDS = Object.keys(INJECTION_LABELS) as InjectionKind[];

function targets(kind: InjectionKind, live: LiveChoices): { value: string; text: string }[] {
  const what = INJECTION_TARGET[kind];
  if (what === 'selector') return live.workloads.map((w) => ({ value: w.selector, text: `a pod of ${w.name}` }));
  if (what === 'node') return live.nodes.map((n) => ({ value: n, text: n }));
  return live.services.map((s) => ({ value: s, text: `service/${s}` }));
}

export function InjectionFields({ injections, live, onChange }: Props) {
  const id = useId();
  const [kind, setKind] = useState<InjectionKind>('killPod');
  const [target, setTarget] = useState('');
  const [atSeconds, setAtSeconds] = useState(5);
  const [rps, setRps] = useState(200);
  const choices = targets(kind, live);
  const chosen = choices.some((c) => c.value === target) ? target : (choices[0]?.value ?? '');
  return (
    <fieldset className="builder__group">
      <legend>Timed injections</legend>
      {injections.length === 0 ? (
        <p className="muted small">None: the cluster is left alone during this step.</p>
      ) : (
        <ul className="builder__list">
          {injections.map((inj, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: injections have no identity but their place
            <li key={i}>
              <span>
                After {(inj.atMs ?? 0) / 1000} s: {describeAction(inj.action)}
              </span>
              <button type="button" className="btn" onClick={() => onChange(injections.filter((_, j) => j !== i))}>
                Remove injection {i + 1}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="builder__row">
        <div className="builder__field">
          <label htmlFor={`${id}-kind`}>Injection</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as InjectionKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {INJECTION_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="builder__field">
          <label htmlFor={`${id}-target`}>Target</label>
          <select id={`${id}-target`} value={chosen} onChange={(e) => setTarget(e.target.value)}>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.text}
              </option>
            ))}
          </select>
        </div>
        <div className="builder__field">
          <label htmlFor={`${id}-at`}>After (seconds)</label>
          <input
            id={`${id}-at`}
            type="number"
            min={0}
            max={1800}
            value={atSeconds}
            onChange={(e) => setAtSeconds(Number(e.target.value))}
          />
        </div>
        {kind === 'loadSurge' && (
          <div className="builder__field">
            <label htmlFor={`${id}-rps`}>Requests per second</label>
            <input id={`${id}-rps`} type="number" min={0} max={100000} value={rps} onChange={(e) => setRps(Number(e.target.value))} />
          </div>
        )}
      </div>
      <button
        type="button"
        className="btn"
        disabled={!chosen}
        onClick={() => onChange([...injections, toInjection({ kind, target: chosen, atSeconds, rps })])}
      >
        Add injection
      </button>
    </fieldset>
  );
}
