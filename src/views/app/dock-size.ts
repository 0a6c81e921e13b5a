// The docked console's output height, as the learner drags or keys its splitter (the WAI-ARIA
// window-splitter pattern: arrows move a little, Page keys a lot, Home/End to the limits). Pure, so
// the limits are tested without a browser.

export const DOCK_MIN_PX = 64;
export const DOCK_STEP_PX = 16;
export const DOCK_PAGE_PX = 64;

/** The tallest the output may grow: the scene keeps at least half of the window's height. */
export function dockMax(viewportHeight: number): number {
  return Math.max(DOCK_MIN_PX, Math.round(viewportHeight * 0.5));
}

export function clampDock(px: number, viewportHeight: number): number {
  return Math.round(Math.min(dockMax(viewportHeight), Math.max(DOCK_MIN_PX, px)));
}

/** The height after a key on the splitter, or undefined for a key it does not handle. */
export function dockAfterKey(key: string, px: number, viewportHeight: number): number | undefined {
  // The splitter sits on the dock's top edge: up makes the output taller.
  const delta: Record<string, number> = {
    ArrowUp: DOCK_STEP_PX,
    ArrowDown: -DOCK_STEP_PX,
    PageUp: DOCK_PAGE_PX,
    PageDown: -DOCK_PAGE_PX,
  };
  if (key === 'Home') return DOCK_MIN_PX;
  if (key === 'End') return dockMax(viewportHeight);
  const d = delta[key];
  return d === undefined ? undefined : clampDock(px + d, viewportHeight);
}
