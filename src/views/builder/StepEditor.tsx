// One step of the lesson being built: narration, hints, an optional prediction, the goal, the
// timed injections and the solution, recorded by doing it in the cluster beside the panel.
// Texts are rendered and stored as plain text (a lesson from a link is untrusted: never HTML).
import { useId } from 'react';
import type { AuthoredPrediction, AuthoredStep } from '../../lessons/authored/types';
import { editText, linesOf, shownText } from './draft';
import { GoalFields } from './GoalFields';
import { InjectionFields } from './InjectionFields';
import type { LiveChoices } from './live-choices';
import { describeAction } from './record';

interface Props {
  step: AuthoredStep;
  index: number;
  live: LiveChoices;
  /** This step's solution is being recorded now. */
  recording: boolean;
  /** Another step (or nothing) is recording; only one records at a time. */
  canRecord: boolean;
  onChange(step: AuthoredStep): void;
  onRecord(): void;
  onStopRecording(): void;
  onRemove(): void;
}

const newPrediction = (): AuthoredPrediction => ({ question: '', options: ['', ''], answer: 0, explain: '' });

export function StepEditor({ step, index, live, recording, canRecord, onChange, onRecord, onStopRecording, onRemove }: Props) {
  const id = useId();
  const n = index + 1;
  const set = (patch: Partial<AuthoredStep>) => onChange({ ...step, ...patch });
  const predict = step.predict;
  const setPredict = (patch: Partial<AuthoredPrediction>) => predict && set({ predict: { ...predict, ...patch } });
  const options = predict?.options.map(shownText) ?? [];
  return (
    <fieldset className="builder__step">
      <legend>Step {n}</legend>
      <label htmlFor={`${id}-narration`}>Narration</label>
      <textarea
        id={`${id}-narration`}
        rows={3}
        value={shownText(step.narration)}
        onChange={(e) => set({ narration: editText(step.narration, e.target.value) })}
      />
      <label htmlFor={`${id}-hints`}>Hints (one per line)</label>
      <textarea
        id={`${id}-hints`}
        rows={2}
        value={step.hints.map(shownText).join('\n')}
        onChange={(e) => set({ hints: e.target.value.split('\n').map((h, i) => editText(step.hints[i] ?? '', h)) })}
        onBlur={(e) => set({ hints: linesOf(e.target.value) })}
      />
      <label className="builder__check">
        <input
          type="checkbox"
          checked={!!predict}
          onChange={(e) => {
            const { predict: _, ...rest } = step;
            onChange(e.target.checked ? { ...rest, predict: newPrediction() } : rest);
          }}
        />
        Ask a prediction first
      </label>
      {predict && (
        <fieldset className="builder__group">
          <legend>Prediction</legend>
          <label htmlFor={`${id}-question`}>Question</label>
          <input
            id={`${id}-question`}
            value={shownText(predict.question)}
            onChange={(e) => setPredict({ question: editText(predict.question, e.target.value) })}
          />
          <label htmlFor={`${id}-options`}>Options (one per line, 2 to 6)</label>
          <textarea
            id={`${id}-options`}
            rows={3}
            value={options.join('\n')}
            onChange={(e) => setPredict({ options: e.target.value.split('\n') })}
            onBlur={(e) =>
              setPredict({
                options: linesOf(e.target.value),
                answer: Math.min(predict.answer, Math.max(0, linesOf(e.target.value).length - 1)),
              })
            }
          />
          <label htmlFor={`${id}-answer`}>Correct answer</label>
          <select id={`${id}-answer`} value={predict.answer} onChange={(e) => setPredict({ answer: Number(e.target.value) })}>
            {options.map((o, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: options may repeat while typed
              <option key={i} value={i}>
                {o || `Option ${i + 1}`}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-explain`}>Explanation</label>
          <textarea
            id={`${id}-explain`}
            rows={2}
            value={shownText(predict.explain)}
            onChange={(e) => setPredict({ explain: editText(predict.explain, e.target.value) })}
          />
        </fieldset>
      )}
      <GoalFields goal={step.goal} live={live} onChange={(goal) => set({ goal })} />
      <InjectionFields injections={step.inject ?? []} live={live} onChange={(inject) => set({ inject })} />
      <fieldset className="builder__group">
        <legend>Solution</legend>
        {step.solution.length === 0 ? (
          <p className="muted small">Nothing recorded: the learner only waits (the injections do the work).</p>
        ) : (
          <ol className="builder__list" aria-label={`Solution of step ${n}`}>
            {step.solution.map((a, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: recorded actions have no identity but their place
              <li key={i}>
                <code>{describeAction(a)}</code>
                <button type="button" className="btn" onClick={() => set({ solution: step.solution.filter((_, j) => j !== i) })}>
                  Remove action {i + 1}
                </button>
              </li>
            ))}
          </ol>
        )}
        {recording ? (
          <>
            <p className="builder__recording" role="status">
              Recording: do the solution in the cluster (console, clicks).
            </p>
            <button type="button" className="btn btn--primary" onClick={onStopRecording}>
              Stop recording step {n}
            </button>
          </>
        ) : (
          <button type="button" className="btn" disabled={!canRecord} onClick={onRecord}>
            Record the solution of step {n}
          </button>
        )}
      </fieldset>
      <button type="button" className="btn btn--danger" onClick={onRemove}>
        Remove step {n}
      </button>
    </fieldset>
  );
}
