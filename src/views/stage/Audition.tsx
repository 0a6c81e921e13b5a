// "Why here?": the scheduler's audition for the selected pod, from session.schedulingTrace:
// every node it looked at with each filter's verdict (and the reason a node failed), each score
// plugin's weighted score, the total, and the winner, or the FitError when nobody fit.
import { memo, useMemo } from 'react';
import type { SchedulingTrace } from '../../engine';
import { useAppState, useSession } from './use-session';

function Verdict({ node }: { node: SchedulingTrace['nodes'][number] }) {
  const failed = node.filters.find((f) => f.code !== 'Success');
  if (!failed) return <>passed {node.filters.length} filters</>;
  return (
    <>
      rejected by {failed.plugin}: {failed.reasons.join('; ') || failed.code}
    </>
  );
}

export const Audition = memo(function Audition() {
  const session = useSession();
  const sel = useAppState((s) => (s.selection?.kind === 'Pod' ? s.selection : null));
  // Re-read the trace when the selected pod changes (binding, a new attempt) — not every tick.
  const version = useAppState((s) =>
    sel
      ? s.pods.find((p) => p.metadata.name === sel.name && (p.metadata.namespace ?? 'default') === (sel.namespace ?? 'default'))?.metadata
          .resourceVersion
      : undefined,
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the trigger to re-read the scheduler's trace (not read inside).
  const trace = useMemo(() => (sel ? session.schedulingTrace(sel.namespace ?? 'default', sel.name) : undefined), [session, sel, version]);
  if (!sel) return null;
  const plugins = trace ? [...new Set(trace.nodes.flatMap((n) => n.scores.map((s) => s.plugin)))] : [];
  return (
    <section className="audition" aria-label="Scheduler’s audition">
      <h2 className="audition__title">{`Why here? The scheduler’s audition for ${sel.name}`}</h2>
      {!trace ? (
        <p>No audition on record for this pod: the scheduler has not tried it yet, or decided it too long ago.</p>
      ) : (
        <>
          <p className="audition__outcome">
            {trace.outcome.kind === 'Scheduled'
              ? `Winner: ${trace.outcome.node}${trace.outcome.score === null ? ' (the only node that fit, so no scoring)' : ` with score ${trace.outcome.score}`}.`
              : `Unschedulable: ${trace.outcome.message}`}{' '}
            Attempt {trace.attempt}; {trace.nodes.length} of {trace.numAllNodes} nodes auditioned.
          </p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable table must be reachable by keyboard (WCAG 2.1.1). */}
          <section className="audition__scroll" tabIndex={0} aria-label="Audition table">
            <table className="audition__table">
              <caption className="visually-hidden">Filter verdict and scores per node for {sel.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Node</th>
                  <th scope="col">Filters</th>
                  {plugins.map((p) => (
                    <th key={p} scope="col">
                      {p}
                    </th>
                  ))}
                  <th scope="col">Total</th>
                </tr>
              </thead>
              <tbody>
                {trace.nodes.map((n) => (
                  <tr
                    key={n.node}
                    className={trace.outcome.kind === 'Scheduled' && trace.outcome.node === n.node ? 'audition__winner' : undefined}
                  >
                    <th scope="row">
                      {n.node}
                      {trace.outcome.kind === 'Scheduled' && trace.outcome.node === n.node ? ' (winner)' : ''}
                    </th>
                    <td>
                      <Verdict node={n} />
                    </td>
                    {plugins.map((p) => {
                      const sc = n.scores.find((x) => x.plugin === p);
                      return <td key={p}>{sc ? `${sc.weighted} (${sc.normalized}×${sc.weight})` : '—'}</td>;
                    })}
                    <td>{n.total ?? '—'}</td>
                  </tr>
                ))}
                {trace.notEvaluated.map((n) => (
                  <tr key={n}>
                    <th scope="row">{n}</th>
                    <td colSpan={plugins.length + 2}>not auditioned (enough nodes fit already)</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </section>
  );
});
