// Which of the shell's three layouts the window is in (issue 10), from the same breakpoints as
// shell.css: wide (lesson | scene | side, console docked under), medium (tabs beside the scene,
// console docked: a 900 px course-page frame), phone (scene, then one sheet of tabs). The DOM is
// the same in all three, so nothing the learner typed is lost when the window changes size; only
// the tab roles and which panel is hidden depend on it.
import { useSyncExternalStore } from 'react';

export type Layout = 'wide' | 'medium' | 'phone';

export const PHONE_QUERY = '(max-width: 700px)';
export const WIDE_QUERY = '(min-width: 1100px)';

function current(): Layout {
  if (typeof window === 'undefined' || !window.matchMedia) return 'wide';
  if (window.matchMedia(PHONE_QUERY).matches) return 'phone';
  return window.matchMedia(WIDE_QUERY).matches ? 'wide' : 'medium';
}

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
  const queries = [window.matchMedia(PHONE_QUERY), window.matchMedia(WIDE_QUERY)];
  for (const q of queries) q.addEventListener('change', onChange);
  return () => {
    for (const q of queries) q.removeEventListener('change', onChange);
  };
}

export function useLayout(): Layout {
  return useSyncExternalStore(subscribe, current, () => 'wide');
}
