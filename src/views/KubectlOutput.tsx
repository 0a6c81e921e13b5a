// One kubectl command and what it printed, as a terminal would show it. A failing command shows
// its stderr in place of a table, so a missing verb or a broken engine is visible, not blank.
import { memo } from 'react';
import type { CommandOutput } from './live-session';

// memo: the store keeps an unchanged output's object, so a clock tick does not re-render tables.
export const KubectlOutput = memo(function KubectlOutput({ output }: { output: CommandOutput | undefined }) {
  if (!output) return <p className="muted">Waiting for the first refresh…</p>;
  const failed = output.exitCode !== 0;
  const text = output.stdout + output.stderr;
  return (
    <figure className="terminal">
      <figcaption>
        <span aria-hidden="true">$ </span>
        <code>{output.command}</code>
        {failed && <span className="exit-code"> (exit code {output.exitCode})</span>}
      </figcaption>
      {/* Focusable so keyboard users can scroll a table wider than the screen (axe: scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
      <pre className={failed ? 'output failed' : 'output'} tabIndex={0}>
        {text === '' ? '(no output)' : text}
      </pre>
    </figure>
  );
});
