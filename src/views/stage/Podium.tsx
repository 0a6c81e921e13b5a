// The conductor's podium: the control plane's stations (you with kubectl, the API server as stage
// manager, etcd as the band's memory with its revision ticking, the scheduler, the controller
// manager, the kubelets) and the trace playing between them as travelling notes, a few at a time.
// A note to or from a kubelet or kube-proxy names its node and lights that node's stage (stage-cues).
// When time runs fast the notes stop and the podium counts requests per path (and node) instead.
import { m, useReducedMotion } from 'motion/react';
import { createContext, memo, useCallback, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  edgeCounts,
  edgeText,
  endLabel,
  enqueue,
  flightMs,
  latestRevision,
  launch,
  type Note,
  type NoteQueue,
  notesFor,
  STATION_LABEL,
  type Station,
} from './podium-notes';
import type { AppState } from '../session/types';
import { stageMotion } from './motion-gate';
import { NARROW_BELOW, type PodiumLayout, podiumLayout } from './podium-layout';
import { stageCues } from './stage-cues';
import { useAppState } from './use-session';

/** Lights the stages of the nodes a note concerns: while it leaves them, or once it arrives. */
function cue(note: Note, speed: number): void {
  if (!note.nodes?.length) return;
  const arrow = note.to === 'kubelets' ? '←' : '→';
  stageCues.light(note.nodes, { id: note.id, text: `${note.agent ?? 'kubelet'} ${arrow} ${note.text}` }, flightMs(speed) + 1200);
}

const SPOKES: Station[] = ['you', 'controllers', 'scheduler', 'etcd', 'kubelets'];

const narrowQuery = `(max-width: ${NARROW_BELOW - 0.02}px)`;
function useLayout(): PodiumLayout {
  const narrow = useSyncExternalStore(
    (cb) => {
      const mq = window.matchMedia(narrowQuery);
      mq.addEventListener('change', cb);
      return () => mq.removeEventListener('change', cb);
    },
    () => window.matchMedia(narrowQuery).matches,
    () => false,
  );
  return podiumLayout(narrow ? 0 : NARROW_BELOW);
}

const LayoutContext = createContext<PodiumLayout>(podiumLayout(NARROW_BELOW));

const Ledger = memo(function Ledger() {
  const POS = useContext(LayoutContext).pos;
  const revision = useAppState((s) => latestRevision(s.trace));
  return (
    <text x={POS.etcd.x} y={POS.etcd.y + 24} className="podium__ledger" textAnchor="middle">
      {revision === undefined ? 'ledger idle' : `resourceVersion ${revision}`}
    </text>
  );
});

function Flight({ note, speed, reduced, onDone }: { note: Note; speed: number; reduced: boolean; onDone(id: number): void }) {
  const POS = useContext(LayoutContext).pos;
  const a = POS[note.from];
  const b = POS[note.to];
  const seconds = flightMs(speed) / 1000;
  const done = () => onDone(note.id);
  // A note lands (and leaves the queue) only when its animation completes: it needs motion now.
  useEffect(() => stageMotion.want(), []);
  if (reduced) {
    // No travel: the note appears beside its destination and fades.
    return (
      <m.g initial={{ opacity: 0 }} animate={{ opacity: [0, 1, 0] }} transition={{ duration: seconds }} onAnimationComplete={done}>
        <circle cx={(a.x + b.x) / 2} cy={(a.y + b.y) / 2} r="6" className="podium__note" />
      </m.g>
    );
  }
  return (
    <m.g
      initial={{ x: a.x, y: a.y, opacity: 1 }}
      animate={{ x: b.x, y: b.y }}
      transition={{ duration: seconds, ease: 'easeInOut' }}
      onAnimationComplete={done}
    >
      <circle r="6" className="podium__note" />
      <path d="M5 0V-14" className="podium__stem" />
      {note.nodes?.length ? (
        <text y="-19" textAnchor="middle" className="podium__note-label">
          {note.nodes.join(', ')}
        </text>
      ) : null}
    </m.g>
  );
}

function Notes({ onPlaying }: { onPlaying(note: Note | undefined): void }) {
  const trace = useAppState((s) => s.trace);
  const speed = useAppState((s) => s.speed);
  const reduced = useReducedMotion() ?? false;
  const lastSeq = useRef<number | null>(null);
  const queue = useRef<NoteQueue>({ waiting: [], dropped: 0 });
  const flyingRef = useRef<Note[]>([]);
  const [flying, setFlying] = useState<Note[]>([]);
  const speedRef = useRef(speed);
  speedRef.current = speed;

  const pump = useCallback(() => {
    const { start, queue: q } = launch(queue.current, flyingRef.current.length);
    queue.current = q;
    if (start.length === 0) return;
    flyingRef.current = [...flyingRef.current, ...start];
    setFlying(flyingRef.current);
    for (const n of start) if (n.from === 'kubelets') cue(n, speedRef.current);
    onPlaying(start[start.length - 1]);
  }, [onPlaying]);

  useEffect(() => {
    const newest = trace.length ? trace[trace.length - 1].seq : 0;
    // First sight (or a rewind restarting the sequence): start from now, do not replay the past.
    if (lastSeq.current === null || newest < lastSeq.current) {
      lastSeq.current = newest;
      return;
    }
    const from = lastSeq.current;
    lastSeq.current = newest;
    const fresh = trace.filter((e) => e.seq > from);
    if (fresh.length === 0) return;
    queue.current = enqueue(queue.current, notesFor(fresh), speed);
    pump();
  }, [trace, speed, pump]);

  const onDone = useCallback(
    (id: number) => {
      const landed = flyingRef.current.find((n) => n.id === id);
      if (landed?.to === 'kubelets') cue(landed, speedRef.current);
      flyingRef.current = flyingRef.current.filter((n) => n.id !== id);
      setFlying(flyingRef.current);
      pump();
    },
    [pump],
  );

  return (
    <g>
      {flying.map((n) => (
        <Flight key={n.id} note={n} speed={speed} reduced={reduced} onDone={onDone} />
      ))}
    </g>
  );
}

/** Last input and output of countsText: a frame that only moves the clock within the same half second reuses it. */
let countsMemo: { trace: AppState['trace']; bucket: number; text: string } | undefined;

/** Requests per path over the last 5 s, as one string: the paragraph re-renders only when it changes. */
function countsText(s: AppState): string {
  const bucket = Math.floor(s.now / 500);
  if (countsMemo && countsMemo.trace === s.trace && countsMemo.bucket === bucket) return countsMemo.text;
  const text = countsTextOf(s);
  countsMemo = { trace: s.trace, bucket, text };
  return text;
}

function countsTextOf(s: AppState): string {
  const counts = edgeCounts(s.trace, s.now).slice(0, 4);
  if (counts.length === 0) return 'Quiet: no requests in the last 5 s.';
  return `Last 5 s: ${counts.map(edgeText).join(' · ')}`;
}

function Counts() {
  return <p className="podium__counts">{useAppState(countsText)}</p>;
}

export const Podium = memo(function Podium() {
  const [playing, setPlaying] = useState<Note | undefined>();
  const layout = useLayout();
  const POS = layout.pos;
  return (
    <section className="podium" aria-label="Control plane">
      <h2 className="podium__title">The conductor’s podium: the control plane</h2>
      <svg
        className="podium__svg"
        viewBox={`0 0 ${layout.viewBox.width} ${layout.viewBox.height}`}
        role="img"
        aria-label="API server at the centre, linked to you (kubectl), the controller manager, the scheduler, etcd and the kubelets"
      >
        {SPOKES.map((s) => (
          <line key={s} x1={POS.api.x} y1={POS.api.y} x2={POS[s].x} y2={POS[s].y} className="podium__wire" />
        ))}
        {(Object.keys(POS) as Station[]).map((s) => (
          <g key={s} className={`podium__station podium__station--${s}`}>
            <rect x={POS[s].x - POS[s].w / 2} y={POS[s].y - 16} width={POS[s].w} height={s === 'etcd' ? 46 : 32} rx="6" />
            <text x={POS[s].x} y={POS[s].y + 4} textAnchor="middle">
              {STATION_LABEL[s]}
            </text>
          </g>
        ))}
        <LayoutContext.Provider value={layout}>
          <Ledger />
          <Notes onPlaying={setPlaying} />
        </LayoutContext.Provider>
      </svg>
      <p className="podium__now">
        {playing ? (
          <>
            Now playing: {endLabel(playing.from, playing)} → {endLabel(playing.to, playing)}: <code>{playing.text}</code>
          </>
        ) : (
          'Notes travel here when the control plane talks (at up to 4× speed).'
        )}
      </p>
      <Counts />
    </section>
  );
});
