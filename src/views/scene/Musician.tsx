// A pod as a musician in the hall: a person whose coat is tinted by its ReplicaSet revision,
// holding its workload's instrument (shape and hue), posed by its STATUS (tuning, playing, not
// heard, frozen, slumped, walking off), with a restart badge and, in CrashLoopBackOff, a ring that
// empties until the kubelet's next try. A button (role on the <g>): a click or Enter opens the
// inspector. React renders only this structure; where it stands is written by the choreographer
// (its `transform`), never by a render.
import { memo, useLayoutEffect, useRef } from 'react';
import type { Pod } from '../../engine';
import { InstrumentIcon } from '../stage/InstrumentIcon';
import { bandFor, podWorkloadKey } from '../stage/band';
import { POSTURE_TEXT, postureFor, workloadOf } from '../stage/musician-style';
import { podDisplayStatus } from '../stage/pod-status';
import { useAppState, useSession } from '../stage/use-session';
import type { Mark } from './choreographer';
import type { Point } from './geometry';
import { musicianLabel, shortName } from './musician-label';
import { backOffLeft, type ProbeFailing, type ProbeKind, probeFailing, revisionOf } from './posture';
import { useScene } from './scene-context';

export interface MusicianProps {
  pod: Pod;
  /** Where it belongs (feet, viewBox units) and its size there. */
  mark: Mark;
  selected: boolean;
  onSelect(pod: Pod): void;
  /** Walking off: drawn, but no longer a button (its pod is gone). */
  leaving?: boolean;
  onGone?(uid: string): void;
  /** A newcomer enters from here (the wings' door); undefined: it appears where it belongs. */
  entrance?: Point;
  /** Id of the text that says why it waits (the wings' card). */
  describedBy?: string;
  /**
   * Size of its words in viewBox units (type-scale.ts), whatever the figure's scale; undefined: the
   * figure's own sizes (scene.css), scaled with it.
   */
  nameSize?: number;
  /** No name under it: a neighbour's is written there (crowded-names.ts). */
  hideName?: boolean;
  /** The name as written under it (a long one cut to fit its riser: crowded-names.ts); else its short name. */
  nameText?: string;
}

/**
 * After a focused musician leaves its region (walking off, or from the wings to a riser), focus
 * goes to the same pod's musician where it now stands, else to the region it left, not to <body>.
 * A microtask: by then React has committed the whole change, including the pod's new place.
 */
function rescueFocus(uid: string, region: Element | null, from: Element | null): void {
  queueMicrotask(() => {
    const active = document.activeElement;
    if (active && active !== document.body && !from?.contains(active)) return;
    const again = document.querySelector<SVGElement>(`g[data-uid="${CSS.escape(uid)}"][role="button"]`);
    if (again && again !== active) again.focus();
    else if (region?.isConnected) (region as SVGElement).focus();
  });
}

/** The CrashLoopBackOff ring: full just after the crash, empty at the next try. Re-renders with the clock. */
function BackOffRing({ pod, fs }: { pod: Pod; fs?: number }) {
  const left = useAppState((s) => {
    const b = backOffLeft(pod, s.now);
    return b ? `${Math.round(b.share * 40) / 40}:${b.seconds}` : '';
  });
  if (!left) return null;
  const [share, seconds] = left.split(':').map(Number);
  const r = 30;
  const c = 2 * Math.PI * r;
  return (
    <g className="mus__ring">
      <circle cx="0" cy="-30" r={r} className="mus__ring-track" />
      <circle
        cx="0"
        cy="-30"
        r={r}
        className="mus__ring-left"
        strokeDasharray={`${(share * c).toFixed(1)} ${c.toFixed(1)}`}
        transform="rotate(-90 0 -30)"
      />
      <text
        x="0"
        y="-66"
        className="mus__countdown"
        textAnchor="middle"
        style={fs ? { fontSize: fs } : undefined}
      >{`retry in ${seconds}s`}</text>
    </g>
  );
}

/** The person, feet at (0, 0), 60 units tall; CSS poses it per posture. */
function Person({ coat, outgoing }: { coat: string; outgoing: boolean }) {
  return (
    <g className="mus__person">
      <path
        className="mus__coat"
        d="M-12 0C-13-18-10-38 0-38S13-18 12 0z"
        fill={coat}
        fillOpacity={outgoing ? 0.3 : 0.9}
        strokeDasharray={outgoing ? '3 2' : undefined}
      />
      <circle className="mus__head" cx="0" cy="-47" r="7.5" />
      <path className="mus__arms" d="M-9-27l-6 12M9-27l7 9" />
    </g>
  );
}

export const Musician = memo(function Musician({
  pod,
  mark,
  selected,
  onSelect,
  leaving,
  onGone,
  entrance,
  describedBy,
  nameSize,
  hideName,
  nameText,
}: MusicianProps) {
  const { choreographer, door } = useScene();
  const el = useRef<SVGGElement>(null);
  const uid = pod.metadata.uid ?? pod.metadata.name;
  const name = pod.metadata.name;
  // Set by focus, cleared when focus moves to another element (not when it is lost).
  const hadFocus = useRef(false);
  const region = useRef<Element | null>(null);

  useLayoutEffect(() => {
    if (leaving) return;
    choreographer.place(uid, name, el.current, mark, entrance);
  }, [choreographer, uid, name, mark, entrance, leaving]);
  useLayoutEffect(() => {
    if (!leaving) return;
    if (hadFocus.current) rescueFocus(uid, region.current, el.current);
    choreographer.leave(uid, name, el.current, door, () => onGone?.(uid));
  }, [choreographer, uid, name, leaving, door, onGone]);
  useLayoutEffect(() => {
    const node = el.current;
    region.current = node?.parentElement?.closest('[role="region"]') ?? null;
    return () => {
      choreographer.drop(uid, node);
      if (hadFocus.current) rescueFocus(uid, region.current, node);
    };
  }, [choreographer, uid]);

  const { status, ready, restarts } = podDisplayStatus(pod);
  // A crash, seen: the musician falls and gets up (CSS, once) each time the restart count rises.
  const restartsSeen = useRef(restarts);
  useLayoutEffect(() => {
    if (restarts > restartsSeen.current) {
      const g = el.current?.querySelector('.mus__body');
      g?.classList.remove('mus__body--fall');
      // Reading layout restarts the CSS animation on the next class change.
      void (g as SVGGElement | null)?.getBBox?.();
      g?.classList.add('mus__body--fall');
    }
    restartsSeen.current = restarts;
  }, [restarts]);

  const node = pod.spec?.nodeName;
  const base = postureFor(status, ready, !!node);
  // A failing probe, counting towards its threshold: liveness (the musician freezes) before readiness.
  const probeKey = useAppState((s) => {
    if (base !== 'playing' && base !== 'not-ready') return '';
    const f = probeFailing(pod, s.events, s.now, 'Liveness') ?? probeFailing(pod, s.events, s.now, 'Readiness');
    return f ? `${f.probe}/${f.failures}/${f.threshold}` : '';
  });
  const failing = probeOf(probeKey);
  const frozen = failing?.probe === 'Liveness' ? failing : undefined;
  const unready = failing?.probe === 'Readiness' ? failing : undefined;
  const revKey = useAppState((s) => {
    const r = revisionOf(pod, s.replicaSets);
    return r ? `${r.revision}/${r.newest}` : '';
  });
  const revision = revKey ? { revision: Number(revKey.split('/')[0]), newest: Number(revKey.split('/')[1]) } : undefined;
  const posture = leaving ? 'walking-off' : frozen ? 'frozen' : base;
  const workload = workloadOf(pod);
  const store = useSession().store;
  const key = podWorkloadKey(pod);
  const instrument = useAppState((s) => bandFor(store).update(s.pods, s.deployments, s.statefulSets).instrumentOf(key));
  const label = musicianLabel({
    name,
    status,
    node,
    ready,
    postureText: POSTURE_TEXT[base],
    frozen,
    unready,
    revision,
    instrument,
    workload,
    restarts,
  });
  const owner = pod.metadata.ownerReferences?.find((o) => o.controller);
  const outgoing = !!revision && revision.revision < revision.newest;
  const activate = () => onSelect(pod);
  // Words in the figure's own units, so they keep the hall's type size on a small figure.
  const fs = nameSize ? nameSize / mark.scale : undefined;
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: aria-pressed goes with role="button"; both are absent while it walks off.
    <g
      ref={el}
      data-uid={uid}
      className={`mus mus--${posture}${selected ? ' mus--selected' : ''}${mark.alternate ? ' mus--alternate' : ''}`}
      role={leaving ? undefined : 'button'}
      tabIndex={leaving ? undefined : 0}
      aria-label={leaving ? undefined : label}
      aria-describedby={leaving ? undefined : describedBy}
      aria-pressed={leaving ? undefined : selected}
      aria-hidden={leaving ? true : undefined}
      onClick={leaving ? undefined : activate}
      onKeyDown={
        leaving
          ? undefined
          : (e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                activate();
              }
            }
      }
      onFocus={() => {
        hadFocus.current = true;
      }}
      onBlur={(e) => {
        if (e.relatedTarget) hadFocus.current = false;
      }}
    >
      <title>{name}</title>
      <rect className="mus__hit" x="-24" y="-64" width="48" height="82" rx="8" />
      <g className="mus__body">
        <Person coat={instrument.colour} outgoing={outgoing} />
        <g className="mus__instrument" transform="translate(2 -30) scale(0.9)">
          <InstrumentIcon instrument={instrument} missing={posture === 'no-instrument'} />
        </g>
      </g>
      <PostureMark posture={posture} frozen={frozen} unready={unready} fs={fs} />
      {status === 'CrashLoopBackOff' && <BackOffRing pod={pod} fs={fs} />}
      {restarts > 0 && (
        <text className="mus__badge" x="14" y="-52" style={fs ? { fontSize: fs } : undefined}>
          {`↻${restarts}`}
        </text>
      )}
      {/* The revision: on the coat at the figure's own size; at the hall's size beside it, and only
          once there is more than one revision to tell apart (the accessible name always says it). */}
      {revision && (!fs || revision.newest > 1) && (
        <text
          className="mus__rev"
          x={fs ? 13 : 0}
          y={fs ? -4 : -12}
          textAnchor={fs ? 'start' : 'middle'}
          style={fs ? { fontSize: fs } : undefined}
        >
          {`r${revision.revision}`}
        </text>
      )}
      {!hideName && (
        <text className="musician__name" x="0" y={fs ? fs * 0.95 + 1 : 14} textAnchor="middle" style={fs ? { fontSize: fs } : undefined}>
          {nameText ?? shortName(name, owner)}
        </text>
      )}
    </g>
  );
});

function probeOf(key: string): ProbeFailing | undefined {
  if (!key) return undefined;
  const [probe, failures, threshold] = key.split('/');
  return { probe: probe as ProbeKind, failures: Number(failures), threshold: Number(threshold) };
}

/**
 * One small sign per posture above the head, so a posture is never told by pose alone. A failing
 * readiness probe replaces it with its count towards the threshold ("✕ 2/3"): the count is the
 * point (the Service drops the musician at 3), and the glyph differs from the frozen one (❄).
 */
function PostureMark({
  posture,
  frozen,
  unready,
  fs,
}: {
  posture: string;
  frozen?: { failures: number; threshold: number };
  unready?: { failures: number; threshold: number };
  fs?: number;
}) {
  // At the hall's size a mark is a glyph a little smaller than the words (it sits above the head).
  const mark = fs ? { fontSize: fs * 0.85 } : undefined;
  if (unready && (posture === 'playing' || posture === 'not-ready')) {
    return (
      <g className="mus__mark mus__mark--probe">
        <text x="-22" y="-58" style={fs ? { fontSize: fs } : undefined}>{`✕ ${unready.failures}/${unready.threshold}`}</text>
      </g>
    );
  }
  switch (posture) {
    case 'playing':
      return (
        <text className="mus__mark mus__mark--note" x="-14" y="-58" style={mark}>
          ♪
        </text>
      );
    case 'not-ready':
      // Playing, but not heard: the note is struck through (its readiness probe fails, no traffic).
      return (
        <g className="mus__mark mus__mark--muted">
          <text x="-14" y="-58" style={mark}>
            ♪
          </text>
          <path d="M-20-60l12-12" />
        </g>
      );
    case 'frozen':
      return (
        <g className="mus__mark mus__mark--frozen">
          <text x="-22" y="-58" style={fs ? { fontSize: fs } : undefined}>{`❄ ${frozen?.failures ?? ''}/${frozen?.threshold ?? ''}`}</text>
        </g>
      );
    case 'tuning':
      return (
        <text className="mus__mark mus__mark--tuning" x="-16" y="-58" style={mark}>
          ~
        </text>
      );
    case 'waiting':
      return (
        <text className="mus__mark mus__mark--waiting" x="-14" y="-58" style={mark}>
          …
        </text>
      );
    default:
      return null;
  }
}
