// The phone's bottom sheet (issue 10): the scene fills the screen and one sheet of tabs (Lesson,
// Console, Inspector) sits under it at a peek height, enough for the tabs and the first lines of
// the panel, so the whole hall stays in sight. It grows over the bottom of the hall when the
// learner asks for more: a tab chosen, the grip pressed, the keyboard brought into a panel (typing
// a kubectl line wants its output in sight). The grip is a disclosure button (aria-expanded).
// Outside the phone layout the sheet is `display: contents`: its children stay where the shell's
// grid puts them, and the DOM (with what the learner typed) is the same in every layout.
import { t } from '../../i18n/catalogue';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';

export interface SheetState {
  expanded: boolean;
  setExpanded(v: boolean): void;
}

export function useSheetState(): SheetState {
  const [expanded, set] = useState(false);
  const setExpanded = useCallback((v: boolean) => set(v), []);
  return { expanded, setExpanded };
}

const SHEET_ID = 'shell-sheet';

export function Sheet({ phone, state, tabs, children }: { phone: boolean; state: SheetState; tabs: ReactNode; children: ReactNode }) {
  const expanded = phone && state.expanded;
  const box = useRef<HTMLDivElement>(null);
  const { setExpanded } = state;
  // Typing in a panel (the kubectl box, the YAML editor): give the panel the room. Only a text
  // field: a button pressed at the peek must not move from under the finger between press and
  // release (the sheet growing on its focus would turn the click into a miss). A listener, not an
  // onFocus prop: the sheet is a plain box around the panels, not a control of its own.
  useEffect(() => {
    const el = box.current;
    if (!el || !phone) return;
    const onFocusIn = (e: FocusEvent) => {
      if (
        (e.target as Element).matches?.(
          'input:not([type="radio"], [type="checkbox"], [type="range"], [type="button"]), textarea, [contenteditable="true"], [role="textbox"]',
        )
      )
        setExpanded(true);
    };
    el.addEventListener('focusin', onFocusIn);
    return () => el.removeEventListener('focusin', onFocusIn);
  }, [phone, setExpanded]);
  return (
    <div id={SHEET_ID} ref={box} className={`shell__sheet${expanded ? ' shell__sheet--expanded' : ''}`}>
      <div className="shell__sheet-bar">
        {tabs}
        {phone && (
          <button
            type="button"
            className="shell__grip"
            aria-expanded={expanded}
            aria-controls={SHEET_ID}
            aria-label={t('sheet.expand', 'Expand the panels')}
            title={expanded ? t('sheet.moreHall', 'Show more of the hall') : t('sheet.morePanel', 'Show more of the panel')}
            onClick={() => state.setExpanded(!state.expanded)}
          >
            <span aria-hidden="true">{expanded ? '▾' : '▴'}</span>
          </button>
        )}
      </div>
      {children}
    </div>
  );
}
