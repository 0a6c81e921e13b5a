// The lesson panel (region "Lesson"): the step's narration, a prediction to check, hints,
// "Show me", the goal's state (a polite live status) and Next; then "Lesson complete" with a
// challenge's score. With saved progress it first offers "Continue from step n" / "Start over".
// Focus moves to the new step's heading. Prose is rendered as text only.
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import type { LessonHost } from './lesson-host';
import { formatAvailability } from '../../lessons/challenge-score';
import { type LessonView, stepLabel } from './lesson-view';
import './lesson.css';

export function LessonPanel({ host, actions }: { host: LessonHost; actions?: React.ReactNode }) {
  const view = useSyncExternalStore(host.subscribe, host.view);
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusKey =
    view.resume !== undefined ? 'resume' : view.phase === 'complete' || view.phase === 'curtainCall' ? view.phase : view.stepIndex;
  // Only on a change, not on first paint: an embedded lesson must not pull focus out of its page
  // (and StrictMode's second effect run must not count as a change).
  const shownKey = useRef(focusKey);
  useEffect(() => {
    if (shownKey.current === focusKey) return;
    shownKey.current = focusKey;
    headingRef.current?.focus();
  }, [focusKey]);

  return (
    <section className="lesson panel" aria-label="Lesson">
      <div className="lesson__top">
        <h2 className="lesson__title">{view.title}</h2>
        <button type="button" className="btn lesson__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? 'Hide lesson' : 'Show lesson'}
        </button>
      </div>
      {actions && <div className="lesson__actions">{actions}</div>}
      <div id={bodyId} hidden={!open}>
        {view.resume !== undefined ? (
          <ResumeOffer step={view.resume} host={host} />
        ) : view.phase === 'complete' ? (
          <Completion view={view} headingRef={headingRef} />
        ) : view.phase === 'curtainCall' ? (
          <CurtainCall view={view} headingRef={headingRef} />
        ) : (
          <StepBody view={view} host={host} headingRef={headingRef} />
        )}
      </div>
      <p className={`lesson__goal${view.goalMet ? ' lesson__goal--met' : ''}`} role="status" aria-live="polite">
        {view.phase === 'complete' ? 'Lesson complete' : view.goalMet ? 'Goal met' : `Goal: ${view.goalText}`}
        {view.waiting && !view.goalMet && <span className="lesson__waiting"> {view.waiting}</span>}
      </p>
    </section>
  );
}

type HeadingRef = React.RefObject<HTMLHeadingElement | null>;

/** Saved progress: rebuild that moment or start at step 1. Continue takes focus when the page has it. */
function ResumeOffer({ step, host }: { step: number; host: LessonHost }) {
  const [busy, setBusy] = useState(false);
  const continueRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Not from inside an embedding page that has the focus: never pull it into the frame.
    if (document.hasFocus()) continueRef.current?.focus();
  }, []);
  const label = `Continue from step ${step + 1}`;
  return (
    <>
      <h3 className="lesson__step">Welcome back</h3>
      <p>
        You reached step {step + 1} of {host.view().stepCount}. Continue replays the earlier steps' solutions on a fresh cluster, so the
        stage is as you left it; Start over begins at step 1.
      </p>
      <div className="lesson__buttons">
        <button
          type="button"
          className="btn btn--primary"
          ref={continueRef}
          disabled={busy}
          onClick={() => {
            setBusy(true);
            // Let "Rebuilding…" paint before the (synchronous) replay of the earlier steps.
            setTimeout(() => host.continueSaved(), 30);
          }}
        >
          {label}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={host.startOver}>
          Start over
        </button>
      </div>
      {busy && <p className="muted small">Rebuilding the cluster up to step {step + 1}…</p>}
    </>
  );
}

function StepBody({ view, host, headingRef }: { view: LessonView; host: LessonHost; headingRef: HeadingRef }) {
  return (
    <>
      <h3 className="lesson__step" tabIndex={-1} ref={headingRef}>
        {stepLabel(view)}
      </h3>
      <p className="lesson__narration">{view.narration}</p>
      {view.prediction && <PredictionForm key={view.stepId} view={view} onAnswer={host.answer} />}
      {view.hints.length > 0 && (
        <ol className="lesson__hints" aria-label="Hints">
          {view.hints.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ol>
      )}
      <div className="lesson__buttons">
        <button type="button" className="btn" onClick={host.hint} disabled={!view.canHint}>
          Hint
        </button>
        <button type="button" className="btn" onClick={host.showMe} disabled={!view.canShowMe}>
          Show me
        </button>
        <button type="button" className="btn btn--primary" onClick={host.next} disabled={!view.canNext}>
          Next
        </button>
      </div>
      {view.note && (
        <p className="lesson__note" role="alert">
          {view.note}
        </p>
      )}
      {view.shownSolution && <p className="muted small">The commands ran in the console below.</p>}
      {view.score && <LiveScore view={view} />}
    </>
  );
}

function LiveScore({ view }: { view: LessonView }) {
  return (
    <p className="small">
      Requests served so far: {formatAvailability(view.score!.availability)} · your commands: {view.score!.commands}
    </p>
  );
}

function CurtainCall({ view, headingRef }: { view: LessonView; headingRef: HeadingRef }) {
  return (
    <>
      <h3 className="lesson__step" tabIndex={-1} ref={headingRef}>
        All steps done
      </h3>
      <p>The show goes on until the challenge's time is up. Keep the band playing: every request counts.</p>
      {view.score && <LiveScore view={view} />}
    </>
  );
}

function PredictionForm({ view, onAnswer }: { view: LessonView; onAnswer: (option: number) => void }) {
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const qId = useId();
  const prediction = view.prediction!;
  const checked = view.chosen !== undefined;
  const selected = checked ? view.chosen : picked;
  return (
    <form
      className="lesson__predict"
      onSubmit={(e) => {
        e.preventDefault();
        if (picked !== undefined && !checked) onAnswer(picked);
      }}
    >
      <p id={qId} className="lesson__question">
        {prediction.question}
      </p>
      <div role="radiogroup" aria-labelledby={qId} className="lesson__options">
        {prediction.options.map((o, i) => (
          <label key={o} className="lesson__option">
            <input type="radio" name={qId} value={i} checked={selected === i} disabled={checked} onChange={() => setPicked(i)} /> {o}
          </label>
        ))}
      </div>
      {checked ? (
        <p className="lesson__explain">
          <strong>
            {view.chosen === view.correct ? 'Correct.' : `Not quite: the answer is "${prediction.options[view.correct ?? 0]}".`}
          </strong>{' '}
          {prediction.explain}
        </p>
      ) : (
        <button type="submit" className="btn" disabled={picked === undefined}>
          Check answer
        </button>
      )}
    </form>
  );
}

function Completion({ view, headingRef }: { view: LessonView; headingRef: HeadingRef }) {
  return (
    <>
      <h3 className="lesson__step" tabIndex={-1} ref={headingRef}>
        Lesson complete
      </h3>
      {view.score ? (
        <dl className="lesson__score">
          <dt>Requests served</dt>
          <dd>{formatAvailability(view.score.availability)}</dd>
          <dt>Commands you used</dt>
          <dd>{view.score.commands}</dd>
          <dt>Result</dt>
          <dd>
            {view.score.passed
              ? `Passed: the show kept running (${view.score.stars} of 3 stars)`
              : 'Not yet: too many requests went unanswered. Try again.'}
          </dd>
          {view.stars && (
            <>
              <dt>Stars</dt>
              <dd>
                <ul className="lesson__stars" aria-label="What each star is for">
                  {view.stars.map((s) => (
                    <li key={s.text}>{s.text}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p>All {view.stepCount} steps done. The cluster keeps playing: try things in the console.</p>
      )}
      <p>
        <a href="./">All lessons</a>
      </p>
    </>
  );
}
