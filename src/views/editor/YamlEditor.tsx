// The YAML editor (its own lazily loaded chunk, with the `yaml` package): a labelled textarea with a
// line-number gutter, starter templates and Apply, which runs `kubectl apply -f -` through the
// session (echoed as `kubectl apply -f manifest.yaml`). kubectl's error text is shown exactly,
// under the line it names when it names one (a field path or `yaml: line N`), and that line is
// marked with a sign and text as well as colour. A plain textarea, not a code editor: simpler, and
// screen readers and phones already know how to use it.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useSessionContext } from '../app/use-store';
import type { EditSource } from './edit-target';
import { editableYaml } from './edit-manifest';
import { locateError } from './error-lines';
import { TEMPLATES } from './templates';
import './editor.css';

interface Failure {
  stderr: string;
  lines: number[];
}

function initialText(
  read: (line: string) => { stdout: string; exitCode: number },
  source: EditSource | null,
): { text: string; note?: string } {
  if (!source) return { text: TEMPLATES[0].yaml };
  const r = read(`get ${source.kind.toLowerCase()} ${source.name} -n ${source.namespace} -o json`);
  if (r.exitCode !== 0)
    return { text: TEMPLATES[0].yaml, note: `${source.kind} ${source.name} no longer exists; starting from a template.` };
  return { text: editableYaml(r.stdout) };
}

export default function YamlEditor({ source, onClose }: { source: EditSource | null; onClose: () => void }) {
  const session = useSessionContext();
  const first = useMemo(() => initialText((l) => session.read(l), source), [session, source]);
  const [text, setText] = useState(first.text);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [applied, setApplied] = useState('');
  const escaped = useRef(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const lineCount = text.split('\n').length;
  const invalid = new Set(failure?.lines ?? []);
  const firstBad = failure?.lines[0];

  useEffect(() => {
    area.current?.focus();
  }, []);

  const edit = (next: string) => {
    setText(next);
    // The message was about the text as it was; once the learner edits, it may no longer apply.
    setFailure(null);
    setApplied('');
  };

  const apply = () => {
    const r = session.actions.kubectl('apply -f -', text);
    if (r.exitCode === 0) {
      setFailure(null);
      setApplied(r.stdout.trimEnd());
    } else {
      setApplied('');
      setFailure({ stderr: r.stderr.trimEnd(), lines: locateError(text, r.stderr).lines });
    }
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Escape') {
      escaped.current = true;
      return;
    }
    if (e.key === 'Tab' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && !escaped.current) {
      e.preventDefault();
      const el = e.currentTarget;
      // execCommand keeps the browser's undo history; setRangeText is the fallback.
      if (!document.execCommand?.('insertText', false, '  ')) {
        el.setRangeText('  ', el.selectionStart, el.selectionEnd, 'end');
        edit(el.value);
      }
      return;
    }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      apply();
      return;
    }
    if (e.key !== 'Shift') escaped.current = false;
  };

  const title = source ? `${source.kind.toLowerCase()}/${source.name}` : 'a new manifest';
  return (
    <section className="panel editor" aria-labelledby={`${id}-h`}>
      <div className="editor__head">
        <h2 id={`${id}-h`}>YAML editor</h2>
        <button type="button" className="btn" onClick={onClose}>
          Close editor
        </button>
      </div>
      <p className="small muted editor__what">
        Editing {title}. Apply runs <code>kubectl apply -f manifest.yaml</code>.
      </p>
      {first.note && <p className="small">{first.note}</p>}
      <p id={`${id}-keys`} className="small muted editor__keys">
        Keys: Tab inserts two spaces. To leave the editor press Escape, then Tab (Shift+Tab also leaves). Ctrl+Enter applies.
      </p>
      <div className="editor__bar">
        <label className="editor__template">
          Starter template
          <select
            value=""
            onChange={(e) => {
              const t = TEMPLATES.find((x) => x.id === e.target.value);
              if (t) edit(t.yaml);
            }}
          >
            <option value="">Choose…</option>
            {TEMPLATES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {failure && firstBad === undefined && (
        <div className="editor__error" role="alert" id={`${id}-err`}>
          <pre>{failure.stderr}</pre>
        </div>
      )}
      <div className="editor__scroll">
        <div className="editor__gutter" aria-hidden="true">
          {Array.from({ length: lineCount }, (_, i) => {
            const n = i + 1;
            const bad = invalid.has(n);
            return (
              <span key={n} className={bad ? 'editor__num editor__num--bad' : 'editor__num'} data-line={n} data-invalid={bad || undefined}>
                {bad ? '⚠ ' : ''}
                {n}
              </span>
            );
          })}
        </div>
        <div className="editor__body">
          {[...invalid].map((n) => (
            <div
              key={n}
              className="editor__band"
              style={{ top: `calc(var(--editor-pad) + ${n - 1} * var(--editor-lh))` }}
              aria-hidden="true"
            />
          ))}
          <label htmlFor={`${id}-text`} className="visually-hidden">
            YAML manifest
          </label>
          <textarea
            ref={area}
            id={`${id}-text`}
            className="editor__text"
            value={text}
            rows={lineCount + 1}
            wrap="off"
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            aria-invalid={failure ? true : undefined}
            aria-describedby={`${id}-keys${failure ? ` ${id}-err` : ''}`}
            onChange={(e) => edit(e.target.value)}
            onKeyDown={onKeyDown}
          />
          {failure && firstBad !== undefined && (
            <div
              className="editor__callout"
              role="alert"
              id={`${id}-err`}
              data-line={firstBad}
              style={{ top: `calc(var(--editor-pad) + ${firstBad} * var(--editor-lh))` }}
            >
              <span className="editor__callout-where">
                ⚠ Line {firstBad}
                {failure.lines.length > 1 ? ` (also ${failure.lines.slice(1).join(', ')})` : ''}:
              </span>
              <pre>{failure.stderr}</pre>
            </div>
          )}
        </div>
      </div>
      <div className="editor__bar editor__bar--end">
        <p className="editor__ok small" role="status">
          {applied}
        </p>
        <button type="button" className="btn btn--primary" onClick={apply}>
          Apply
        </button>
      </div>
    </section>
  );
}
