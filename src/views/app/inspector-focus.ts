// Keeps keyboard focus in the inspector when what it showed goes away: the selected pod is deleted
// while its (focused) Kill pod button is on screen, the panel swaps to "no longer exists" and
// focus would fall to <body>. The panel's heading takes it instead.
import { createContext, useContext, useEffect } from 'react';

export interface InspectorFocus {
  /** Focuses the heading if focus was last inside the inspector and has now fallen to <body>. */
  rescue(): void;
}

export const InspectorFocusContext = createContext<InspectorFocus>({ rescue: () => undefined });

/** Call from whatever replaces the inspector's content when its object is gone. */
export function useRescueFocusOnMount(): void {
  const focus = useContext(InspectorFocusContext);
  useEffect(() => focus.rescue(), [focus]);
}

/** Whether the document's focus has been lost (to <body> or nowhere). */
export function focusLost(doc: Document): boolean {
  return doc.activeElement === null || doc.activeElement === doc.body;
}
