// The goal of a builder step: a kind from the goal kinds lessons use (goal-fields.ts) and its
// parameters, picked from the live cluster where they name something in it (a workload's pods, a
// node, a Deployment) and typed otherwise. Picking a workload refills the count from its replicas.
import { useId } from 'react';
import { AUTHORED_GOAL_KINDS, type AuthoredGoalKind } from '../../lessons/authored/goal-fields';
import type { Goal } from '../../lessons/types';
import { fieldsOf, GOAL_KIND_LABELS, prefillGoal, sourceOf, withWorkload } from './goal-prefill';
import type { LiveChoices } from './live-choices';

const FIELD_LABELS: Record<string, string> = {
  selector: 'Pods of',
  count: 'Count',
  minNodes: 'On at least this many nodes',
  namespace: 'Namespace',
  node: 'Node',
  minRestarts: 'At least this many restarts',
  message: 'Scheduler message contains',
  name: 'Deployment',
  revision: 'Revision',
  image: 'Image',
  maxUnavailableSeen: 'At most this many unavailable',
  objectKind: 'Kind',
};

interface Props {
  goal: Goal;
  live: LiveChoices;
  onChange(goal: Goal): void;
}

export function GoalFields({ goal, live, onChange }: Props) {
  const id = useId();
  const kind = goal.kind as AuthoredGoalKind;
  const values = goal as unknown as Record<string, string | number | undefined>;
  const set = (field: string, value: string | number | undefined) => {
    const next = { ...values, [field]: value };
    if (value === undefined || value === '') delete next[field];
    onChange(next as unknown as Goal);
  };
  return (
    <fieldset className="builder__group">
      <legend>Goal</legend>
      <label htmlFor={`${id}-kind`}>The step is done when</label>
      <select id={`${id}-kind`} value={kind} onChange={(e) => onChange(prefillGoal(e.target.value as AuthoredGoalKind, live))}>
        {AUTHORED_GOAL_KINDS.map((k) => (
          <option key={k} value={k}>
            {GOAL_KIND_LABELS[k]}
          </option>
        ))}
      </select>
      {fieldsOf(kind).map(([field, spec]) => {
        const fieldId = `${id}-${field}`;
        const label = `${FIELD_LABELS[field] ?? field}${spec.optional ? ' (optional)' : ''}`;
        const value = values[field];
        const source = sourceOf(field);
        const options =
          source === 'selector'
            ? live.workloads.map((w) => ({ value: w.selector, text: `${w.name} (${w.selector})` }))
            : source === 'node'
              ? live.nodes.map((n) => ({ value: n, text: n }))
              : source === 'deployment'
                ? live.workloads.filter((w) => w.kind === 'Deployment').map((w) => ({ value: w.name, text: w.name }))
                : undefined;
        // A value the cluster no longer has (a loaded lesson's) stays choosable.
        if (options && typeof value === 'string' && value && !options.some((o) => o.value === value)) options.push({ value, text: value });
        return (
          <div key={field} className="builder__field">
            <label htmlFor={fieldId}>{label}</label>
            {options && !spec.optional ? (
              <select
                id={fieldId}
                value={String(value ?? '')}
                onChange={(e) => (field === 'selector' ? onChange(withWorkload(goal, e.target.value, live)) : set(field, e.target.value))}
              >
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.text}
                  </option>
                ))}
              </select>
            ) : spec.type === 'int' ? (
              <input
                id={fieldId}
                type="number"
                min={0}
                max={10000}
                step={1}
                value={value ?? ''}
                onChange={(e) => set(field, e.target.value === '' ? undefined : Math.round(Number(e.target.value)))}
              />
            ) : (
              <input id={fieldId} value={value ?? ''} onChange={(e) => set(field, e.target.value)} />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
