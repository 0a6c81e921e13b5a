// The docked console (issue 10): kubectl's output and the Cluster events log side by side, the
// kubectl box under them, always in sight. The output collapses (Hide output) and resizes from its
// top edge, by pointer or by keyboard (a WAI-ARIA window splitter: arrows, Page Up/Down, Home/End).
// On a phone it is the sheet's Console tab instead, filling the sheet.
import { t } from '../../i18n/catalogue';
import { useCallback, useId, useRef, useState } from 'react';
import { Console } from './Console';
import { clampDock, DOCK_MIN_PX, dockAfterKey, dockMax } from './dock-size';
import { Narration } from './Narration';

export interface DockState {
  open: boolean;
  setOpen(open: boolean): void;
  height: number;
  setHeight(px: number): void;
}

const viewportHeight = () => (typeof window === 'undefined' ? 800 : window.innerHeight);

/** Open, about a sixth of the window tall (a little less in a course page's frame). */
export function useDockState(embedded: boolean): DockState {
  const [open, setOpen] = useState(true);
  const [height, setHeightRaw] = useState(() => clampDock(Math.round(viewportHeight() * (embedded ? 0.1 : 0.12)), viewportHeight()));
  const setHeight = useCallback((px: number) => setHeightRaw(clampDock(px, viewportHeight())), []);
  return { open, setOpen, height, setHeight };
}

interface DockProps {
  state: DockState;
  /** false on a phone: the dock is a tab of the sheet and fills it. */
  docked: boolean;
  eventsLogId: string;
  role?: 'tabpanel';
  id?: string;
  'aria-labelledby'?: string;
  hidden?: boolean;
}

export function Dock({ state, docked, eventsLogId, ...tabPanel }: DockProps) {
  const bodyId = useId();
  const open = state.open || !docked;
  return (
    <section className={`dock${docked ? ' dock--docked' : ''}`} aria-labelledby="console-heading" {...tabPanel}>
      {docked && open && <Splitter state={state} controls={bodyId} />}
      <div className="dock__bar">
        <h2 id="console-heading">{t('dock.heading', 'kubectl console')}</h2>
        {docked && (
          <button
            type="button"
            className="btn dock__toggle"
            aria-expanded={state.open}
            aria-controls={bodyId}
            onClick={() => state.setOpen(!state.open)}
          >
            {state.open ? t('dock.hide', 'Hide output') : t('dock.show', 'Show output')}
          </button>
        )}
      </div>
      <Console bodyId={bodyId} open={open} height={docked ? state.height : undefined} side={<Narration logId={eventsLogId} />} />
    </section>
  );
}

function Splitter({ state, controls }: { state: DockState; controls: string }) {
  const drag = useRef<{ y: number; from: number } | null>(null);
  return (
    // biome-ignore lint/a11y/useSemanticElements: <hr> cannot take focus or be dragged; the WAI-ARIA window splitter is a focusable separator.
    <div
      className="dock__splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label={t('dock.resize', 'Resize console output')}
      aria-controls={controls}
      aria-valuenow={state.height}
      aria-valuemin={DOCK_MIN_PX}
      aria-valuemax={dockMax(viewportHeight())}
      aria-valuetext={t('dock.height', '{height} pixels tall', { height: state.height })}
      tabIndex={0}
      onKeyDown={(e) => {
        const next = dockAfterKey(e.key, state.height, viewportHeight());
        if (next === undefined) return;
        e.preventDefault();
        state.setHeight(next);
      }}
      onPointerDown={(e) => {
        drag.current = { y: e.clientY, from: state.height };
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        // Dragging up makes the output taller.
        if (drag.current) state.setHeight(drag.current.from + (drag.current.y - e.clientY));
      }}
      onPointerUp={() => {
        drag.current = null;
      }}
    />
  );
}
