// The kubectl console: type a command (with or without `kubectl`), see kubectl's own words. Lines
// run in a small shell (pipes, variables, `$(…)`: engine/console/shell.ts). ↑/↓ walk the history,
// Tab completes verbs, kinds and names of any kind the API serves (only when there is something to
// complete, so Tab still leaves the box for keyboard users), `clear` empties the screen. While a
// command follows the cluster (`get -w`, `rollout status`), Ctrl-C or the Stop button ends it.
import { t } from '../../i18n/catalogue';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { complete as Complete } from '../session/completion';
import type { Session } from '../session/types';
import { useApp, useSessionContext } from './use-store';

/** The example table is loaded (engine/kubectl/examples): URL lines then run at once, in order. */
let examplesReady = false;

/** The namespace a line names (`-n x`, `--namespace=x`), as kubectl's completion would use it. */
function namespaceOf(line: string): string | undefined {
  return /(?:^|\s)(?:-n|--namespace)(?:=|\s+)(\S+)/.exec(line)?.[1];
}

/**
 * Names of any kind the API serves, as kubectl's shell completion finds them: `get <kind> -o name`
 * in the line's namespace (default otherwise), read without echoing or recording it.
 */
function namesOf(session: Session, kind: string, namespace: string | undefined): string[] {
  const ns = namespace ? ` -n ${namespace}` : '';
  const out = session.read(`get ${kind}${ns} -o name`).stdout;
  return out
    .split('\n')
    .map((l) => l.slice(l.indexOf('/') + 1))
    .filter(Boolean);
}

/**
 * Completion reads the engine's kubectl vocabulary, so its chunk imports the engine's: fetched once
 * the engine plays, never for the opening frame. Until it arrives Tab simply leaves the box.
 */
let completer: typeof Complete | undefined;
function loadCompleter(): void {
  if (!completer)
    import('../session/completion').then(
      (m) => (completer = m.complete),
      () => undefined,
    );
}

export interface ConsoleProps {
  /** The output's box (its id, for the dock's toggle and splitter). */
  bodyId: string;
  /** The output shows; the kubectl box always does. */
  open: boolean;
  /** The output's height in px when docked; undefined fills the box it is given. */
  height?: number;
  /** Beside the output: the Cluster events log. */
  side?: ReactNode;
}

export function Console({ bodyId, open, height, side }: ConsoleProps) {
  const session = useSessionContext();
  const lines = useApp((s) => s.console);
  const following = useApp((s) => s.following);
  const prompt = useApp((s) => s.prompt);
  const [input, setInput] = useState('');
  const [hint, setHint] = useState('');
  const history = useRef<string[]>([]);
  const cursor = useRef(0);
  const output = useRef<HTMLDivElement>(null);
  const inputId = useId();

  useEffect(() => {
    if (!session.opening) loadCompleter();
  }, [session]);

  useEffect(() => {
    const el = output.current;
    if (el && lines.length >= 0) el.scrollTop = el.scrollHeight;
  }, [lines]);

  /** Runs one line as Enter does; a promise when it waits for the example table. */
  const run = (line: string): Promise<void> | undefined => {
    if (line.trim() !== '' && history.current.at(-1) !== line) history.current.push(line);
    cursor.current = history.current.length;
    // A line naming a URL (`apply -f https://k8s.io/examples/…`) waits for the example table, a
    // chunk of its own; the engine then reads it synchronously. Simplification: a line typed
    // during that one local load may run before it. Imported on demand: the console is on the first
    // screen, the loader (and the engine's errors it shares) is not.
    if (line.includes('://') && !examplesReady) {
      const go = () => session.actions.runConsole(line);
      return import('../../engine/kubectl/examples/load')
        .then((m) => m.loadExamples())
        .then(() => {
          examplesReady = true;
        })
        .then(go, go);
    }
    session.actions.runConsole(line);
  };

  const submit = () => {
    const line = input;
    setInput('');
    setHint('');
    run(line);
  };

  // An <input> drops a paste's newlines, so the docs' `\`-continued commands arrived as `\ `. A
  // paste with newlines is read as a terminal without bracketed paste reads it: continuations
  // joined, each complete line run in order (on history), the last one left in the box to edit.
  // (bash ≥ 5.1 holds a bracketed paste until Enter; one line of input cannot show it all.) The
  // shell grammar is its own small chunk, as the example loader above: in live mode the engine
  // is never fetched.
  const onPaste = (e: React.ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!/[\r\n]/.test(text)) return;
    e.preventDefault();
    const el = e.currentTarget;
    const before = input.slice(0, el.selectionStart ?? input.length);
    const after = input.slice(el.selectionEnd ?? input.length);
    import('../../engine/console/shell-syntax').then(({ pastedLines }) => {
      const lines = pastedLines(text);
      lines[0] = before + lines[0];
      const last = lines.pop() ?? '';
      setInput(last + after);
      requestAnimationFrame(() => el.setSelectionRange(last.length, last.length));
      // A frame between lines: a terminal starts a line once the one before has exited, so (while
      // playing) the cluster moves on between them, as a real one does while kubectl starts.
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
      lines.reduce<Promise<void>>((done, line, i) => done.then(() => (i ? frame() : undefined)).then(() => run(line)), Promise.resolve());
    });
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const h = history.current;
      if (h.length === 0) return;
      e.preventDefault();
      cursor.current = Math.max(0, Math.min(h.length, cursor.current + (e.key === 'ArrowUp' ? -1 : 1)));
      setInput(h[cursor.current] ?? '');
    } else if (e.key === 'Tab' && !e.shiftKey && input.trim() !== '' && completer) {
      const namespace = namespaceOf(input);
      const c = completer(input, (kind) => namesOf(session, kind, namespace));
      if (c.options.length === 0) return;
      e.preventDefault();
      setInput(c.line);
      setHint(c.options.length > 1 ? c.options.join('  ') : '');
    } else if (e.key === 'c' && e.ctrlKey && following && e.currentTarget.selectionStart === e.currentTarget.selectionEnd) {
      // Ctrl-C stops the following command, as in a terminal (with text selected it still copies).
      e.preventDefault();
      session.actions.stopFollowing();
    } else if (e.key === 'Escape') {
      setInput('');
      setHint('');
    }
  };

  return (
    <>
      <div id={bodyId} className="console__body" hidden={!open} style={height === undefined ? undefined : { height }}>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
        <div className="terminal" ref={output} role="log" aria-label={t('console.output', 'kubectl output')} tabIndex={0}>
          {lines.length === 0 && <p className="terminal__empty">{t('console.empty', 'Type a command below, e.g. get pods')}</p>}
          {lines.map((l, i) => (
            // Lines are append-only (or cleared), so the index is a stable key.
            // biome-ignore lint/suspicious/noArrayIndexKey: append-only list
            <pre key={i} className={`line line--${l.kind}`}>
              {l.kind === 'input' ? <span aria-hidden="true">{l.prompt ?? '$ '}</span> : null}
              {l.text}
            </pre>
          ))}
        </div>
        {side}
      </div>
      <form
        className="console__form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {prompt ? (
          // A container's shell, opened by `kubectl exec -it … -- sh`: its prompt until `exit`.
          <label htmlFor={inputId} className="console__prompt">
            <span aria-hidden="true">{prompt.trimEnd()}</span>
            <span className="visually-hidden"> container shell</span>
          </label>
        ) : (
          <label htmlFor={inputId} className="console__prompt">
            <span aria-hidden="true">$ </span>kubectl
          </label>
        )}
        <input
          id={inputId}
          aria-describedby={hint ? `${inputId}-hint` : undefined}
          className="console__input"
          value={input}
          onChange={(e) => setInput(e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          placeholder={prompt ? t('console.shellPlaceholder', 'ls /  (exit to leave)') : 'get pods'}
        />
        {following && (
          <button
            type="button"
            className="console__stop"
            onClick={() => session.actions.stopFollowing()}
            title={t('console.stopTitle', 'Stop {what} (Ctrl-C)', { what: following })}
          >
            {t('console.stop', 'Stop')}
          </button>
        )}
        <p id={`${inputId}-hint`} className="console__hint muted small" aria-live="polite">
          {hint}
        </p>
      </form>
    </>
  );
}
