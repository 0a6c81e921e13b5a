// "Why?" for the selected object (issue 12): the engine's chain of causes, newest first, in a
// polite live region; each cause is a button that shows the stage at that instant (a visit: the
// present waits, "Back to now" returns) and selects the actor when it is on stage, which is how
// the stage highlights things. The answer stays while the learner follows it through time.
import type { WhyActor, WhyCause } from '../../engine';
import { formatClock } from '../format-clock';
import type { UiState } from '../session/types';
import { useApp, useSessionContext } from './use-store';

type Selection = NonNullable<UiState['selection']>;
const ON_STAGE: readonly string[] = ['Pod', 'Node', 'Deployment', 'StatefulSet', 'Service'];

/** What a cause points at on stage: its actor if the stage draws it, else the object it is about. */
function stageTarget(cause: WhyCause): Selection | null {
  for (const who of [cause.actor, cause.ref] as (WhyActor | undefined)[])
    if (who && ON_STAGE.includes(who.kind))
      return { kind: who.kind as Selection['kind'], ...(who.ns ? { namespace: who.ns } : {}), name: who.name };
  return null;
}

export function WhyPanel({ selection }: { selection: Selection }) {
  const { actions } = useSessionContext();
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
        <button type="button" className="btn" onClick={() => actions.askWhy(selection.kind, selection.namespace, selection.name)}>
          Why is {selection.name} like this?
        </button>
        {visit && (
          <button type="button" className="btn btn--primary" onClick={() => actions.backToNow()}>
            Back to now ({formatClock(visit.liveAt)})
          </button>
        )}
      </div>
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
