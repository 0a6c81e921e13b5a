// The lesson builder (`?build`, a lazy chunk): the teacher plays in the sandbox beside it. First
// the set-up is recorded (everything done to the cluster from the start: the sandbox's band or a
// share link's moment, plus the teacher's commands and faults), then steps are added, each with
// its solution recorded by doing it. What is recorded is the session's own command log (the one
// rewinds and share links replay), turned into lesson actions by record.ts.
import { useId, useRef, useState } from 'react';
import type { Pod } from '../../engine';
import { textIn } from '../../lessons/authored/text';
import type { AuthoredLesson } from '../../lessons/authored/types';
import { readLessonJson } from '../share/lesson-link';
import type { Session } from '../session/types';
import { newDraft, newStep, slugFrom, withStep } from './draft';
import { PublishSection } from './PublishSection';
import { actionsFromLog, describeAction } from './record';
import { StepEditor } from './StepEditor';
import { useLive } from './use-live';
import './builder.css';

/** Where a recording began: the log's length then, and the pods the cluster had (names in lines). */
interface Recording {
  step: number;
  from: number;
  pods: Pod[];
}

/** Pods seen at the start and at the end of a recording: a pod deleted meanwhile is still named. */
const podsOf = (a: Pod[], b: Pod[]) => [...a, ...b.filter((p) => !a.some((q) => q.metadata?.uid === p.metadata?.uid))];

export function BuilderPanel({ session }: { session: Session }) {
  const id = useId();
  const [draft, setDraft] = useState<AuthoredLesson>(() => {
    const s = session.shareState();
    return newDraft(s.seed, s.nodes);
  });
  const [setupDone, setSetupDone] = useState(false);
  const [slugEdited, setSlugEdited] = useState(false);
  const [recording, setRecording] = useState<Recording | undefined>();
  const [note, setNote] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const { choices: live, pods } = useLive(session);
  const log = () => session.shareState().log;

  const finishSetup = () => {
    const setup = actionsFromLog(log(), pods);
    setDraft((d) => ({ ...d, setup, steps: d.steps.length ? d.steps : [newStep([], live)] }));
    setSetupDone(true);
  };
  const stopRecording = () => {
    if (!recording) return;
    const entries = log();
    // A rewind during the recording drops later history, and the log with it: keep what remains.
    const actions = actionsFromLog(entries.slice(Math.min(recording.from, entries.length)), podsOf(recording.pods, pods));
    setDraft((d) =>
      withStep(d, recording.step, { ...d.steps[recording.step], solution: [...d.steps[recording.step].solution, ...actions] }),
    );
    setRecording(undefined);
  };
  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    const decoded =
      file.size > 64_000 ? { error: 'This lesson cannot be opened: it is larger than 64 kB.' } : readLessonJson(await file.text());
    if (fileRef.current) fileRef.current.value = '';
    if ('error' in decoded) {
      setNote(decoded.error);
      return;
    }
    setDraft(decoded.lesson);
    setSetupDone(true);
    setSlugEdited(true);
    setNote(
      `Loaded "${textIn(decoded.lesson.title)}" with its own set-up (${decoded.lesson.setup.length} actions); the cluster beside still shows your sandbox.`,
    );
  };

  return (
    <section className="lesson panel builder" aria-label="Lesson builder">
      <h2 className="lesson__title">Lesson builder</h2>
      <div className="builder__field">
        <label htmlFor={`${id}-file`}>Open a lesson file (JSON)</label>
        <input
          id={`${id}-file`}
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          onChange={(e) => loadFile(e.target.files?.[0])}
        />
      </div>
      {note && (
        <p className="lesson__note" role="alert">
          {note}
        </p>
      )}
      <div className="builder__field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          value={textIn(draft.title)}
          onChange={(e) => {
            const title = e.target.value;
            setDraft((d) => ({
              ...d,
              title: typeof d.title === 'string' ? title : { ...d.title, en: title },
              ...(slugEdited ? {} : { slug: slugFrom(title) }),
            }));
          }}
        />
      </div>
      <div className="builder__row">
        <div className="builder__field">
          <label htmlFor={`${id}-slug`}>Name in the address</label>
          <input
            id={`${id}-slug`}
            value={draft.slug}
            maxLength={40}
            onChange={(e) => {
              setSlugEdited(true);
              setDraft((d) => ({ ...d, slug: e.target.value }));
            }}
          />
        </div>
        <div className="builder__field">
          <label htmlFor={`${id}-budget`}>Time budget (minutes of lesson time)</label>
          <input
            id={`${id}-budget`}
            type="number"
            min={1}
            max={30}
            value={draft.timeBudgetMs / 60_000}
            onChange={(e) => setDraft((d) => ({ ...d, timeBudgetMs: Math.round(Number(e.target.value) * 60_000) }))}
          />
        </div>
      </div>
      <section className="builder__group" aria-labelledby={`${id}-setup`}>
        <h3 id={`${id}-setup`}>Set-up</h3>
        {setupDone ? (
          <details>
            <summary>
              The starting cluster: {draft.setup.length} recorded action{draft.setup.length === 1 ? '' : 's'}
            </summary>
            <ol className="builder__list">
              {draft.setup.map((a, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: recorded actions have no identity but their place
                <li key={i}>
                  <code>{describeAction(a)}</code>
                </li>
              ))}
            </ol>
          </details>
        ) : (
          <>
            <p role="status" className="builder__recording">
              Recording set-up: what is on stage and everything you do to the cluster now (console, clicks, faults) becomes the lesson's
              starting cluster.
            </p>
            <button type="button" className="btn btn--primary" onClick={finishSetup}>
              Set-up done
            </button>
          </>
        )}
      </section>
      {setupDone &&
        draft.steps.map((step, i) => (
          <StepEditor
            key={step.id}
            step={step}
            index={i}
            live={live}
            recording={recording?.step === i}
            canRecord={!recording}
            onChange={(s) => setDraft((d) => withStep(d, i, s))}
            onRecord={() => setRecording({ step: i, from: log().length, pods })}
            onStopRecording={stopRecording}
            onRemove={() => {
              if (recording) setRecording(undefined);
              setDraft((d) => ({ ...d, steps: d.steps.filter((_, j) => j !== i) }));
            }}
          />
        ))}
      {setupDone && (
        <button
          type="button"
          className="btn"
          disabled={draft.steps.length >= 20}
          onClick={() => setDraft((d) => ({ ...d, steps: [...d.steps, newStep(d.steps, live)] }))}
        >
          Add a step
        </button>
      )}
      {setupDone && <PublishSection draft={draft} />}
    </section>
  );
}
