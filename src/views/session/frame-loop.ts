// The page's heartbeat: each animation frame hands the wall time that passed to `session.tick`,
// which advances virtual time (× speed, in bounded chunks) and writes the store once. It stops while
// the tab is hidden and restarts from "now" when it is visible again (hidden time does not count).

export function startFrameLoop(tick: (wallMs: number) => void): () => void {
  let last: number | undefined;
  let frame: number | undefined;
  let stopped = false;

  const onFrame = (t: number): void => {
    frame = undefined;
    if (stopped || document.hidden) return;
    const elapsed = last === undefined ? 0 : Math.max(0, t - last);
    last = t;
    if (elapsed > 0) tick(elapsed);
    frame = requestAnimationFrame(onFrame);
  };

  const onVisibility = (): void => {
    if (document.hidden) {
      if (frame !== undefined) cancelAnimationFrame(frame);
      frame = undefined;
    } else if (frame === undefined && !stopped) {
      last = undefined;
      frame = requestAnimationFrame(onFrame);
    }
  };

  document.addEventListener('visibilitychange', onVisibility);
  frame = requestAnimationFrame(onFrame);
  return () => {
    stopped = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
