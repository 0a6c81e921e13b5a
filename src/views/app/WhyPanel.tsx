// "Why?" for the selected object (issue 12): the engine's chain of causes, newest first, in a
// polite live region; each cause is a button that shows the stage at that instant (a visit: the
// present waits, "Back to now" returns) and selects the actor when it is on stage, which is how
// the stage highlights things. The answer stays while the learner follows it through time.
// Besides the selection it offers what the stage does not draw as its own thing (why-subjects.ts:
// a Deployment's ReplicaSets, a pod's ReplicaSet, the autoscaler scaling it), and the key W asks
// about the selection (or the musician or node plate holding the focus: why-shortcut.ts).
import { useMemo } from 'react';
import type { WhyActor, WhyCause } from '../../engine';
import { formatClock } from '../format-clock';
import type { UiState } from '../session/types';
import { useApp, useSessionContext } from './use-store';
import { WHY_KEY } from './why-shortcut';
import { type HpaRef, whySubjectLabel, whySubjects } from './why-subjects';

type Selection = NonNullable<UiState['selection']>;
const ON_STAGE: readonly string[] = ['Pod', 'Node', 'Deployment', 'StatefulSet', 'Service'];

/** What a cause points at on stage: its actor if the stage draws it, else the object it is about. */
function stageTarget(cause: WhyCause): Selection | null {
  for (const who of [cause.actor, cause.ref] as (WhyActor | undefined)[])
    if (who && ON_STAGE.includes(who.kind))
      return { kind: who.kind as Selection['kind'], ...(who.ns ? { namespace: who.ns } : {}), name: who.name };
  return null;
}

/** How often (virtual ms) the panel looks again for autoscalers: they are not mirrored in the store. */
const HPA_LOOK_MS = 5_000;

/** The namespace's HorizontalPodAutoscalers, read quietly (not echoed, not logged) every HPA_LOOK_MS. */
function useHpas(namespace: string): HpaRef[] {
  const session = useSessionContext();
  const bucket = useApp((s) => Math.floor(s.now / HPA_LOOK_MS));
  return useMemo(() => {
    void bucket;
    const out = session.read(`get hpa -n ${namespace} -o json`);
    if (out.exitCode !== 0) return [];
    try {
      return (JSON.parse(out.stdout) as { items?: HpaRef[] }).items ?? [];
    } catch {
      return [];
    }
  }, [session, namespace, bucket]);
}

export function WhyPanel({ selection }: { selection: Selection }) {
  const { actions } = useSessionContext();
  const pods = useApp((s) => s.pods);
  const replicaSets = useApp((s) => s.replicaSets);
  const hpas = useHpas(selection.namespace ?? 'default');
  const related = useMemo(() => whySubjects(selection, pods, replicaSets, hpas), [selection, pods, replicaSets, hpas]);
  const why = useApp((s) => s.why);
  const visit = useApp((s) => s.visit);
  const start = useApp((s) => s.timelineStart);
  const follow = (cause: WhyCause): void => {
    actions.visit(cause.at);
    const target = stageTarget(cause);
    if (target) actions.select(target);
  };
  return (
    <section className="why" aria-labelledby="why-heading">
      <h3 id="why-heading" className="why__heading">
        Why?
      </h3>
      <div className="actions">
        <button
          type="button"
          className="btn"
          aria-keyshortcuts={WHY_KEY.toUpperCase()}
          onClick={() => actions.askWhy(selection.kind, selection.namespace, selection.name)}
        >
          Why is {selection.name} like this?
        </button>
        {related.map((r) => (
          <button key={`${r.kind}/${r.name}`} type="button" className="btn" onClick={() => actions.askWhy(r.kind, r.namespace, r.name)}>
            {whySubjectLabel(r)}
          </button>
        ))}
        {visit && (
          <button type="button" className="btn btn--primary" onClick={() => actions.backToNow()}>
            Back to now ({formatClock(visit.liveAt)})
          </button>
        )}
      </div>
      <p className="muted small">
        Shortcut: <kbd>{WHY_KEY.toUpperCase()}</kbd> asks why about the selection, or about the musician or node focused on the stage.
      </p>
      {visit && (
        <p className="muted small" role="status">
          Showing {formatClock(visit.at)}; the present ({formatClock(visit.liveAt)}) waits. Acting here carries on from this moment.
        </p>
      )}
      <div aria-live="polite" className="why__answer">
        {why && (
          <>
            <p>
              <strong>
                {why.kind} {why.name}
              </strong>{' '}
              at {formatClock(why.now)}: {why.summary}
            </p>
            {why.causes.length === 0 ? (
              <p className="muted small">Nothing recorded explains it further.</p>
            ) : (
              <ol className="why__causes" aria-label={`Causes, newest first, for ${why.kind} ${why.name}`}>
                {why.causes.map((cause, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: causes are a fixed list per answer; two may share an instant.
                  <li key={i}>
                    <button
                      type="button"
                      className="why__cause"
                      aria-current={visit?.at === cause.at ? 'time' : undefined}
                      onClick={() => follow(cause)}
                    >
                      <span className="why__time">{formatClock(cause.at)}</span> {cause.text}
                      {cause.at < start && (
                        <span className="muted">
                          {' '}
                          (older than the timeline, which starts at {formatClock(start)}: going there shows {formatClock(start)})
                        </span>
                      )}
                    </button>
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </div>
    </section>
  );
}
