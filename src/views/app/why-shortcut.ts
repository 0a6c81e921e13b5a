// "Why?" by keyboard (issue 12): W asks the engine why the selected object is as it is. When the
// focus is on a musician or a riser's name plate, that one is selected first (as Enter would), so
// a keyboard user can Tab along the stage and press W on what puzzles them. No other shortcut in
// the app uses a letter (the tabs and the dock's splitter take arrows; the console and the YAML
// editor take what is typed in them, and W typed there stays text). The answer is a polite live
// region in the inspector (WhyPanel), which the shell brings into view.
import { useEffect } from 'react';
import type { Session } from '../session/types';

export const WHY_KEY = 'w';

/** Where a letter is text or picks an option, not a shortcut. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return !!target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"]');
}

/** The key event that asks "Why?" (no modifier: Ctrl+W closes the tab; no repeat). */
export function isWhyKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'repeat' | 'target' | 'defaultPrevented'>,
): boolean {
  return e.key.toLowerCase() === WHY_KEY && !e.ctrlKey && !e.metaKey && !e.altKey && !e.repeat && !e.defaultPrevented && !typing(e.target);
}

/**
 * Listens for W on the document. `onAsked` runs after an answer was asked for (the shell shows the
 * inspector where it shares a place with the lesson or the console).
 */
export function useWhyShortcut(session: Session, onAsked: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isWhyKey(e)) return;
      // A musician or a node's plate holding the focus is selected first, as Enter would.
      const focused = document.activeElement?.closest('.scene [role="button"]');
      if (focused instanceof SVGElement || focused instanceof HTMLElement)
        focused.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      const sel = session.store.getState().selection;
      if (!sel) return;
      e.preventDefault();
      session.actions.askWhy(sel.kind, sel.namespace, sel.name);
      onAsked();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [session, onAsked]);
}
