// Time, as a learner bends it: Play/Pause, Step (to the next scheduled event), Speed 0.25×–64×,
// a timeline to rewind to any earlier moment (then carry on), and Reset. The timeline commits a
// rewind when the pointer lets go, or once the keys stop, so moving it does not rebuild the
// cluster at every second it passes.
import { t } from '../../i18n/catalogue';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatClock } from '../format-clock';
import { type BehindNote, HOLD_MS, nextBehindNote } from './behind-note';
import { isLiveEnd, TIMELINE_STEP_MS, timelineSelectors } from './timeline-range';
import { useApp, useSessionContext } from './use-store';

export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64] as const;
// Long enough for deliberate taps of an arrow key (people tap about 4–6 times a second) to land
// as one rewind; the clock beside the slider shows the moment chosen meanwhile.
const REWIND_SETTLE_MS = 700;

export function ControlBar() {
  const { actions } = useSessionContext();
  const running = useApp((s) => s.running);
  const speed = useApp((s) => s.speed);
  const effective = useApp((s) => s.effectiveSpeed);
  const failure = useApp((s) => s.failure);
  const behind = useBehindNote(running, speed, effective);
  const speedId = useId();
  return (
    <div className="control-bar" role="toolbar" aria-label={t('controls.time', 'Time')}>
      <button type="button" className="btn btn--primary" onClick={running ? actions.pause : actions.play} disabled={!!failure}>
        <Icon shape={running ? 'pause' : 'play'} />{' '}
        <span className="control-bar__word">{running ? t('controls.pause', 'Pause') : t('controls.play', 'Play')}</span>
      </button>
      <button type="button" className="btn" onClick={actions.step} disabled={!!failure}>
        <Icon shape="step" /> <span className="control-bar__word">{t('controls.step', 'Step')}</span>
      </button>
      <span className="speed">
        <label htmlFor={speedId} className="control-bar__word">
          {t('controls.speed', 'Speed')}
        </label>
        <select id={speedId} value={speed} onChange={(e) => actions.setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
        {behind !== undefined && (
          <span className="muted small control-bar__behind">{t('controls.behind', 'running at {speed}×', { speed: behind })}</span>
        )}
      </span>
      <Timeline />
      <button type="button" className="btn" onClick={actions.reset}>
        {t('controls.reset', 'Reset')}
      </button>
    </div>
  );
}

/** The speed achieved when the engine falls behind, held steady (behind-note.ts); undefined: none. */
function useBehindNote(running: boolean, speed: number, effective: number): number | undefined {
  const [note, setNote] = useState<BehindNote>({});
  useEffect(() => {
    const reading = { running, speed, effective };
    const now = performance.now();
    const next = nextBehindNote(note, { ...reading, now });
    if (next.shown !== note.shown || next.keptUpSince !== note.keptUpSince) setNote(next);
    if (next.keptUpSince === undefined) return;
    const t = setTimeout(
      () => setNote((n) => nextBehindNote(n, { ...reading, now: performance.now() })),
      HOLD_MS - (now - next.keptUpSince),
    );
    return () => clearTimeout(t);
  }, [running, speed, effective, note]);
  return note.shown;
}

const ICONS = {
  play: 'M3 2 L13 8 L3 14 Z',
  pause: 'M3 2 H6 V14 H3 Z M10 2 H13 V14 H10 Z',
  step: 'M2 2 L10 8 L2 14 Z M11 2 H14 V14 H11 Z',
} as const;

/** Drawn, not a font glyph: some system fonts lack ⏭. */
function Icon({ shape }: { shape: keyof typeof ICONS }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={ICONS[shape]} fill="currentColor" />
    </svg>
  );
}

/** Memoised and fed by once-a-second selectors: a frame that only moves the clock's milliseconds renders nothing here. */
const Timeline = memo(function Timeline() {
  const session = useSessionContext();
  const { actions } = session;
  const start = useApp(timelineSelectors.start);
  const second = useApp(timelineSelectors.second);
  const max = useApp(timelineSelectors.max);
  const [draft, setDraft] = useState<number | undefined>(undefined);
  const id = useId();
  const now = second * 1000;
  const range = useMemo(() => ({ min: start, max }), [start, max]);
  const rangeRef = useRef(range);
  rangeRef.current = range;

  const commit = useCallback(
    (target: number) => {
      setDraft(undefined);
      // The end of the slider is now (timeline-range.ts): no rewind. Now to the millisecond, read when needed.
      if (!isLiveEnd(rangeRef.current, target) && target < session.store.getState().now) actions.rewindTo(target);
    },
    [actions, session],
  );
  // While the pointer holds the thumb, only letting go commits: a drag that pauses longer than the
  // keys' settle time (a hesitant hand, or frames slowed by a busy machine) is still one rewind.
  const dragging = useRef(false);
  useEffect(() => {
    if (draft === undefined || dragging.current) return;
    const t = setTimeout(() => commit(draft), REWIND_SETTLE_MS);
    return () => clearTimeout(t);
  }, [draft, commit]);

  // Live, the thumb sits at the end of the slider; the clock and the value text say the exact time.
  const live = draft === undefined || isLiveEnd(range, draft);
  const value = live ? range.max : draft;
  const shownTime = live ? now : draft;
  return (
    <span className="timeline">
      <label htmlFor={id} className="control-bar__word">
        {t('controls.timeline', 'Timeline')}
      </label>
      <input
        id={id}
        type="range"
        min={range.min}
        max={range.max}
        step={TIMELINE_STEP_MS}
        value={value}
        aria-valuetext={t('controls.timeOf', '{time} of {now}', { time: formatClock(shownTime), now: formatClock(now) })}
        onChange={(e) => setDraft(Number(e.target.value))}
        // A drag ends when the pointer lets go: no need to wait for the keys' settle time.
        onPointerDown={() => {
          dragging.current = true;
        }}
        onPointerUp={() => {
          dragging.current = false;
          if (draft !== undefined) commit(draft);
        }}
        onPointerCancel={() => {
          dragging.current = false;
          if (draft !== undefined) commit(draft);
        }}
      />
      <output className="clock" data-testid="clock" htmlFor={id} aria-label={t('controls.clock', 'Virtual time')}>
        {formatClock(shownTime)}
      </output>
    </span>
  );
});
