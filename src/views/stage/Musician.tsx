// A pod as a musician: an instrument (its workload's), a posture (its STATUS), a restart badge
// and, in CrashLoopBackOff, the seconds until the kubelet tries again. A button: selecting it
// opens the inspector and the scheduler's audition. Memoised per pod object, so a musician
// re-renders only when its own pod changes (or the selection moves to or from it).
import { m, PresenceContext, useIsPresent, useReducedMotion } from 'motion/react';
import { memo, useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Pod } from '../../engine';
import { InstrumentIcon } from './InstrumentIcon';
import { stageMotion } from './motion-gate';
import { bandFor, podWorkloadKey } from './band';
import { crashLoopSecondsLeft, POSTURE_TEXT, postureFor, schedulerReason, workloadOf } from './musician-style';
import { podDisplayStatus } from './pod-status';
import { useAppState, useSession } from './use-session';

export interface MusicianProps {
  pod: Pod;
  selected: boolean;
  onSelect(pod: Pod): void;
  /** In the wings: show the scheduler's reason under the musician. */
  inWings?: boolean;
}

/**
 * Pods drawn in the wings: only they need a layoutId, so that on binding the musician walks from
 * the wings to its stage. Every layoutId is re-measured whenever any of them re-renders, so pods
 * that never waited where a learner could see them (most: binding takes milliseconds) get none.
 */
const seenInWings = new Set<string>();

/**
 * After a focused musician leaves (walking off, or from the wings to a stage), focus goes to the
 * same pod's button where it now stands, else to the stage or wings it left, not to <body>.
 * A microtask: by then React has committed the whole change, including the pod's new place.
 */
function rescueFocus(uid: string, region: HTMLElement | null, from: HTMLElement | null): void {
  queueMicrotask(() => {
    const active = document.activeElement;
    if (active && active !== document.body && !from?.contains(active)) return;
    const again = document.querySelector<HTMLElement>(`li[data-uid="${CSS.escape(uid)}"]:not([inert]) .musician__button`);
    if (again && again !== active) again.focus();
    else if (region?.isConnected) region.focus();
  });
}

/** Seconds until the next restart; only this small part re-renders as the clock ticks. */
function Countdown({ pod }: { pod: Pod }) {
  const left = useAppState((s) => crashLoopSecondsLeft(pod, s.now));
  if (left === undefined) return null;
  return <span className="musician__countdown">{`retry in ${left}s`}</span>;
}

/** The person: head, body and arms; CSS poses it per posture (leaning, slumped, walking off). */
function Figure() {
  return (
    <svg className="figure" viewBox="0 0 24 32" width="22" height="30" aria-hidden="true">
      <circle cx="12" cy="5.5" r="4.5" />
      <path d="M5 31c0-9 2.5-15 7-15s7 6 7 15z" />
      <path d="M7 19l-3 7M17 19l4-4" fill="none" strokeWidth="2.4" strokeLinecap="round" className="figure__arms" />
    </svg>
  );
}

export const Musician = memo(function Musician({ pod, selected, onSelect, inWings }: MusicianProps) {
  // A deleted pod stays in the DOM while it walks off; it must not still answer to its name.
  const present = useIsPresent();
  // Seated without an entrance (a stage's first draw, AnimatePresence initial={false}) or not:
  // an entrance's first frame is invisible and an exit waits, until motion's features arrive.
  const presence = useContext(PresenceContext);
  const [enters] = useState(() => presence?.initial !== false);
  useEffect(() => {
    if (enters || !present) stageMotion.want();
  }, [enters, present]);
  const uid = pod.metadata.uid ?? pod.metadata.name;
  // Decided once per mounted musician: a layoutId that came and went would confuse motion's shared layout.
  const [layoutId] = useState(() => (inWings || seenInWings.has(uid) ? uid : undefined));
  useEffect(() => {
    if (inWings) seenInWings.add(uid);
    else seenInWings.delete(uid);
  }, [inWings, uid]);
  // MotionConfig skips the walk under reduced motion, but would still place the first frame
  // 32 px off; with no x at all, an entrance is only a fade.
  const still = useReducedMotion() ?? false;
  const item = useRef<HTMLLIElement>(null);
  const region = useRef<HTMLElement | null>(null);
  // Set by focus on the button, cleared when focus moves to another element (not when it is lost).
  const hadFocus = useRef(false);
  useLayoutEffect(() => {
    const el = item.current;
    region.current = el?.closest<HTMLElement>('section[tabindex]') ?? null;
    return () => {
      if (hadFocus.current) rescueFocus(uid, region.current, el);
    };
  }, [uid]);
  useLayoutEffect(() => {
    if (!present && hadFocus.current) rescueFocus(uid, region.current, item.current);
  }, [present, uid]);
  const { status, ready, restarts } = podDisplayStatus(pod);
  const node = pod.spec?.nodeName;
  const posture = postureFor(status, ready, !!node);
  const workload = workloadOf(pod);
  const store = useSession().store;
  const key = podWorkloadKey(pod);
  const instrument = useAppState((s) => bandFor(store).update(s.pods, s.deployments, s.statefulSets).instrumentOf(key));
  const reason = inWings ? schedulerReason(pod) : undefined;
  const name = pod.metadata.name;
  const label = [
    `Pod ${name}`,
    status,
    node ? `on ${node}` : 'unscheduled',
    // READY and posture too: a Running pod whose readiness probe fails must not read like a ready one.
    `${ready} ready`,
    POSTURE_TEXT[posture],
    `${instrument.name} for ${workload.kind === 'Pod' ? 'itself' : `${workload.kind.toLowerCase()} ${workload.name}`}`,
    restarts ? `${restarts} restart${restarts === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const reasonId = reason ? `why-${pod.metadata.uid}` : undefined;
  // A short tail: the generated suffix tells replicas apart; the full name is in the accessible name and the title.
  // A StatefulSet's pods keep their whole name: web-0, web-1 are identities, not random suffixes.
  const owner = pod.metadata.ownerReferences?.find((o) => o.controller);
  const short = owner && owner.kind !== 'StatefulSet' && name.startsWith(`${owner.name}-`) ? name.slice(owner.name.length + 1) : name;
  return (
    <m.li
      ref={item}
      data-uid={uid}
      className={`musician musician--${posture}`}
      aria-hidden={present ? undefined : true}
      inert={!present}
      layoutId={layoutId}
      initial={still ? { opacity: 0 } : { opacity: 0, x: -32 }}
      animate={still ? { opacity: 1 } : { opacity: 1, x: 0 }}
      exit={still ? { opacity: 0, transition: { duration: 0.4 } } : { opacity: 0, x: 32, transition: { duration: 0.4 } }}
      transition={{ duration: 0.5 }}
    >
      <button
        type="button"
        className="musician__button"
        aria-label={label}
        aria-describedby={reasonId}
        aria-pressed={selected}
        title={name}
        onClick={() => onSelect(pod)}
        onFocus={() => {
          hadFocus.current = true;
        }}
        onBlur={(e) => {
          if (e.relatedTarget) hadFocus.current = false;
        }}
      >
        <span className="musician__art" style={{ color: instrument.colour }}>
          <Figure />
          <InstrumentIcon instrument={instrument} missing={posture === 'no-instrument'} />
          {restarts > 0 && (
            <span className="musician__badge" aria-hidden="true">
              ↻{restarts}
            </span>
          )}
        </span>
        <span className="musician__name">{short}</span>
        <span className="musician__status">{status}</span>
        <span className="musician__posture">{POSTURE_TEXT[posture]}</span>
        {status === 'CrashLoopBackOff' && <Countdown pod={pod} />}
      </button>
      {reason && (
        <p className="musician__reason" id={reasonId}>
          {reason}
        </p>
      )}
    </m.li>
  );
});
