// The lesson panel (region "Lesson"): the step's narration, a prediction to check, hints,
// "Show me", the goal's state (a polite live status) and Next; then "Lesson complete" with a
// challenge's score. With saved progress it first offers "Continue from step n" / "Start over".
// Focus moves to the new step's heading. Prose is rendered as text only.
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import type { LessonHost } from './lesson-host';
import { formatAvailability } from '../../lessons/challenge-display';
import { type LessonView, stepLabel } from './lesson-view';
import { plural, t } from '../../i18n/catalogue';
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
    <section className="lesson panel" aria-label={t('lesson.region', 'Lesson')}>
      <div className="lesson__top">
        <h2 className="lesson__title">{view.title}</h2>
        <button type="button" className="btn lesson__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? t('lesson.hide', 'Hide lesson') : t('lesson.show', 'Show lesson')}
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
        {view.phase === 'complete'
          ? t('lesson.complete', 'Lesson complete')
          : view.goalMet
            ? t('lesson.goalMet', 'Goal met')
            : t('lesson.goal', 'Goal: {goal}', { goal: view.goalText })}
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
  const label = t('lesson.continueFrom', 'Continue from step {step}', { step: step + 1 });
  return (
    <>
      <h3 className="lesson__step">{t('lesson.welcomeBack', 'Welcome back')}</h3>
      <p>
        {t(
          'lesson.resumeText',
          "You reached step {step} of {count}. Continue replays the earlier steps' solutions on a fresh cluster, so the stage is as you left it; Start over begins at step 1.",
          { step: step + 1, count: host.view().stepCount },
        )}
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
          {t('lesson.startOver', 'Start over')}
        </button>
      </div>
      {busy && <p className="muted small">{t('lesson.rebuilding', 'Rebuilding the cluster up to step {step}…', { step: step + 1 })}</p>}
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
        <ol className="lesson__hints" aria-label={t('lesson.hints', 'Hints')}>
          {view.hints.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ol>
      )}
      <div className="lesson__buttons">
        <button type="button" className="btn" onClick={host.hint} disabled={!view.canHint}>
          {t('lesson.hint', 'Hint')}
        </button>
        <button type="button" className="btn" onClick={host.showMe} disabled={!view.canShowMe}>
          {t('lesson.showMe', 'Show me')}
        </button>
        <button type="button" className="btn btn--primary" onClick={host.next} disabled={!view.canNext}>
          {t('lesson.next', 'Next')}
        </button>
      </div>
      {view.note && (
        <p className="lesson__note" role="alert">
          {view.note}
        </p>
      )}
      {view.shownSolution && <p className="muted small">{t('lesson.commandsRan', 'The commands ran in the console below.')}</p>}
      {view.score && <LiveScore view={view} />}
    </>
  );
}

function LiveScore({ view }: { view: LessonView }) {
  return (
    <p className="small">
      {t('lesson.liveScore', 'Requests served so far: {served} · your commands: {commands}', {
        served: formatAvailability(view.score!.availability),
        commands: view.score!.commands,
      })}
    </p>
  );
}

function CurtainCall({ view, headingRef }: { view: LessonView; headingRef: HeadingRef }) {
  return (
    <>
      <h3 className="lesson__step" tabIndex={-1} ref={headingRef}>
        {t('lesson.allStepsDone', 'All steps done')}
      </h3>
      <p>{t('lesson.curtainCall', "The show goes on until the challenge's time is up. Keep the band playing: every request counts.")}</p>
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
            {view.chosen === view.correct
              ? t('lesson.correct', 'Correct.')
              : t('lesson.notQuite', 'Not quite: the answer is "{answer}".', { answer: prediction.options[view.correct ?? 0] ?? '' })}
          </strong>{' '}
          {prediction.explain}
        </p>
      ) : (
        <button type="submit" className="btn" disabled={picked === undefined}>
          {t('lesson.check', 'Check answer')}
        </button>
      )}
    </form>
  );
}

function Completion({ view, headingRef }: { view: LessonView; headingRef: HeadingRef }) {
  return (
    <>
      <h3 className="lesson__step" tabIndex={-1} ref={headingRef}>
        {t('lesson.complete', 'Lesson complete')}
      </h3>
      {view.score ? (
        <dl className="lesson__score">
          <dt>{t('lesson.score.served', 'Requests served')}</dt>
          <dd>{formatAvailability(view.score.availability)}</dd>
          <dt>{t('lesson.score.commands', 'Commands you used')}</dt>
          <dd>{view.score.commands}</dd>
          <dt>{t('lesson.score.result', 'Result')}</dt>
          <dd>
            {view.score.passed
              ? t('lesson.score.passed', 'Passed: the show kept running ({stars} of 3 stars)', { stars: view.score.stars })
              : t('lesson.score.failed', 'Not yet: too many requests went unanswered. Try again.')}
          </dd>
          {view.stars && (
            <>
              <dt>{t('lesson.score.stars', 'Stars')}</dt>
              <dd>
                <ul className="lesson__stars" aria-label={t('lesson.score.starsFor', 'What each star is for')}>
                  {view.stars.map((s) => (
                    <li key={s.text}>{s.text}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p>
          {plural('lesson.stepsDone', view.stepCount, {
            one: 'The one step is done. The cluster keeps playing: try things in the console.',
            other: 'All {count} steps done. The cluster keeps playing: try things in the console.',
          })}
        </p>
      )}
      <p>
        <a href="./">{t('lesson.allLessons', 'All lessons')}</a>
      </p>
    </>
  );
}
