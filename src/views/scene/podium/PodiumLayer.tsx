// The conductor's podium as a layer of the scene: the control plane's cast drawn at fixed stations
// inside `layout.podium`, fixed cue lines between them and down to each riser's kubelet, and the
// trace playing on those lines as notes whose places are a function of virtual time (cue-notes.ts).
// React renders the structure once; one requestAnimationFrame loop (frame-loop.ts) samples the
// notes at the store's `now` and writes transforms and texts through refs. Labels show only while
// paused or slow, placed by note-labels.ts; above 4× the notes give way to counts per path (fast-counts.ts, a lazy chunk). Reduced
// motion: notes fade in and out where they land. Screen readers get a polite live sentence.
import { memo, useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { TraceEntry } from '../../../engine';
import { endLabel, NOTES_UP_TO_SPEED, nodeOf, type Station } from '../../stage/podium-notes';
import { stageCues } from '../../stage/stage-cues';
import type { Box, Point, ScenePositions, SceneLayout } from '../geometry';
import { topCentre } from '../geometry';
import { type CueNote, type CuePlan, ease, emptyPlan, FLIGHT_MS, fadeOpacity, latestStory, notesAt, planNotes } from './cue-notes';
import { CAST_LABEL, Figure } from './Figures';
import { useSceneFrame } from './frame-loop';
import { Hidden } from './Hidden';
import { useLayerSession, useReducedMotionPref } from './layer-session';
import { ledgerKey, shortName } from './ledger';
import { along, type CastMember, cueLines, type PodiumGeometry, podiumGeometry } from './stations';
import { fastCounts, loadFastCounts } from './fast-counts-load';
import { type LabelSetting, podiumObstacles } from './podium-obstacles';
import { whenIdle } from '../../stage/when-idle';
import { endInside, labelArea, placeNoteLabels } from './note-labels';
import { TYPE } from '../type-scale';
import { fitText } from '../wrap';
import './podium-layer.css';

/** Notes drawn at once (a note to three kubelets takes three); more wait off-screen. */
const NOTE_POOL = 16;
/** Paths counted at once when time runs fast. */
const COUNT_POOL = 8;
/** Speeds at or below this show each note's words beside it. */
const LABELS_UP_TO_SPEED = 0.5;
/** Notes whose words are drawn at once (the newest); the others fly unlabelled. */
const MAX_LABELS = 3;
/** Words drawn at once (a note to three kubelets has three lines of words). */
const LABEL_POOL = 4;
/** A note's head, and a margin, in the figures' units: a resting note stays this far inside the podium. */
const NOTE_R = 8;
/** The words start this far above a note's centre (its stem, in the figures' units). */
const NOTE_GAP = 16;
/** Wall ms between two sentences of the live summary (a screen reader must get to finish). */
const SAY_EVERY_MS = 1500;

const SPOKES: Station[] = ['you', 'etcd', 'scheduler', 'controllers', 'kubelets'];
const CAST: CastMember[] = ['conductor', 'scheduler', 'controllers', 'you', 'api', 'etcd', 'kubelets'];

export interface PodiumLayerProps {
  layout: SceneLayout;
  /** Unused by the podium today (its cue lines end at the risers' tops); kept for a common layer signature. */
  positions: ScenePositions;
}

export const PodiumLayer = memo(function PodiumLayer({ layout }: PodiumLayerProps) {
  const box = layout.podium;
  const geo = useMemo(() => podiumGeometry(box, layout.orientation === 'landscape' ? true : 'phone'), [box, layout.orientation]);
  const s = geo.scale;
  const words = useMemo(() => wordsFor(geo), [geo]);
  const risers = [...layout.risers.entries()];
  return (
    // biome-ignore lint/a11y/useSemanticElements: no <section> inside SVG; the group is the podium's named region
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a <g> is not interactive; lint counts it so
    <g className="podium-layer" role="region" aria-label="Control plane">
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={8 * s} className="podium-layer__floor" />
      <Hidden>
        {SPOKES.map((st) => (
          <line key={st} x1={geo.at.api.x} y1={geo.at.api.y} x2={geo.at[st].x} y2={geo.at[st].y} className="podium-layer__cue" />
        ))}
        {risers.map(([node, r]) => {
          const top = topCentre(r);
          return (
            <line
              key={node}
              x1={geo.at.api.x}
              y1={geo.at.api.y}
              x2={top.x}
              y2={top.y}
              className="podium-layer__cue podium-layer__cue--kubelet"
            />
          );
        })}
      </Hidden>
      {CAST.filter((m) => !(geo.phone && m === 'kubelets')).map((m) => (
        <g
          key={m}
          className={`podium-layer__station podium-layer__station--${m}`}
          transform={`translate(${geo.at[m].x} ${geo.at[m].y}) scale(${s})`}
        >
          <Figure member={m} />
          {/* The kubelets' post sits low in the box: its words go beside it, not below. */}
          <StationLabel member={m} setting={labelSetting(geo, words)} hall={geo.hall} />
        </g>
      ))}
      <Ledger geo={geo} words={words} box={box} />
      <Notes layout={layout} geo={geo} words={words} />
    </g>
  );
});

/**
 * Sizes of the podium's words. Station labels, the ledger and the notes' words are drawn inside
 * groups scaled by `geo.scale`, so they are given in the figures' own units; the caption and the
 * counts in viewBox units. The landscape hall sets them from its type scale; otherwise they are
 * the sizes the podium always had (portrait).
 */
export interface PodiumWords {
  label: number;
  ledger: number;
  note: number;
  caption: number;
  counts: number;
}

export function wordsFor(geo: PodiumGeometry): PodiumWords {
  const s = geo.scale;
  if (!geo.hall) return { label: 9, ledger: 8, note: 9, caption: 10 * s, counts: 11 * s };
  const small = TYPE[geo.phone ? 'portrait' : 'landscape'].small;
  return { label: small / s, ledger: small / s, note: small / s, caption: small, counts: small };
}

/** How the stations' labels are set (in the figures' units): StationLabel draws them so, and the counts keep clear of them. */
export function labelSetting(geo: PodiumGeometry, words: PodiumWords): LabelSetting {
  const fs = words.label;
  return geo.hall ? { fs, firstY: 16 + fs * 0.95, pitch: fs * 1.15, unlabelled: ['kubelets'] } : { fs, firstY: 28, pitch: 10 };
}

/** Two lines under a figure: who (bold) and what it stands for; the kubelets' post has them beside it. */
function StationLabel({ member, setting, hall }: { member: CastMember; setting: LabelSetting; hall: boolean }) {
  const [who, what] = CAST_LABEL[member];
  const beside = member === 'kubelets';
  // The hall's Kubelets post has no words: every kubelet there is a named riser (stations.ts).
  if (setting.unlabelled?.includes(member)) return null;
  const x = beside ? 16 : 0;
  return (
    <text
      x={x}
      y={beside ? -12 : setting.firstY}
      textAnchor={beside ? 'start' : 'middle'}
      className="podium-layer__label"
      style={hall ? { fontSize: setting.fs } : undefined}
    >
      <tspan className="podium-layer__who">{`${who}:`}</tspan>
      <tspan x={x} dy={setting.pitch}>
        {what}
      </tspan>
    </text>
  );
}

/** The historian's ledger beside her: the revision and the last writes (three, two in the hall). Redraws on a new write only. */
const Ledger = memo(function Ledger({ geo, words, box }: { geo: PodiumGeometry; words: PodiumWords; box: SceneLayout['podium'] }) {
  const session = useLayerSession();
  // In the hall a line is as long as the room right of the historian allows (about 0.6 em a character).
  const room = (box.x + box.w - geo.ledger.x - 4) / geo.scale;
  const nameMax = geo.hall ? Math.max(8, Math.floor(room / (words.ledger * 0.6)) - 7) : undefined;
  // The hall's ledger has room for the revision and the last two writes under the stage crew's label.
  const key = useStore(session.store, (st) => ledgerKey(st.trace, nameMax, geo.hall ? 2 : 3));
  const [revision, ...fresh] = key.split('\n');
  // The trace holds the last 5 s only; the ledger keeps its last lines through a quiet spell
  // (until the revision goes back: a rewind).
  const kept = useRef({ revision: 0, lines: [] as string[] });
  const rev = Number(revision) || 0;
  if (fresh.length > 0 || rev < kept.current.revision) kept.current = { revision: rev, lines: fresh };
  else kept.current.revision = Math.max(kept.current.revision, rev);
  const lines = kept.current.lines;
  const { x, y } = geo.ledger;
  const s = geo.scale;
  const anchor = geo.narrow ? 'end' : 'start';
  const fs = words.ledger;
  const style = geo.hall ? { fontSize: fs } : undefined;
  const head = revision ? `etcd revision ${revision}` : 'ledger idle';
  return (
    <g className="podium-layer__ledger" transform={`translate(${x} ${y}) scale(${s})`}>
      <text textAnchor={anchor} className="podium-layer__revision" style={style} {...(geo.hall ? fitText(head, fs * 1.1, room) : {})}>
        {head}
      </text>
      {lines.map((l, i) => (
        <text
          key={l}
          y={(geo.hall ? fs * 1.15 : 11) * (i + 1)}
          textAnchor={anchor}
          className="podium-layer__ledger-line"
          style={style}
          {...(geo.hall ? fitText(l, fs, room) : {})}
        >
          {l}
        </text>
      ))}
    </g>
  );
});

/** The pools of notes and counts, and the sentences; all written by the frame loop. */
function Notes({ layout, geo, words: sizes }: { layout: SceneLayout; geo: PodiumGeometry; words: PodiumWords }) {
  const session = useLayerSession();
  const reduced = useReducedMotionPref();
  const notesRef = useRef<SVGGElement>(null);
  const countsRef = useRef<SVGGElement>(null);
  const labelsRef = useRef<SVGGElement>(null);
  const captionRef = useRef<SVGTextElement>(null);
  const sayRef = useRef<HTMLParagraphElement>(null);
  const countsTextRef = useRef<HTMLParagraphElement>(null);
  const mem = useRef({
    plan: emptyPlan() as CuePlan,
    trace: null as readonly TraceEntry[] | null,
    drawn: '',
    said: { id: -1, at: -Infinity },
    lit: new Set<number>(),
    countsBucket: '',
  });
  const s = geo.scale;
  // What the counts keep clear of; the ledger as its widest (three lines), right of the historian.
  const obstacles = useMemo(() => {
    const box = layout.podium;
    const width = geo.hall ? box.x + box.w - geo.ledger.x - 4 : 24 * 0.6 * sizes.ledger * s;
    const pitch = geo.hall ? sizes.ledger * 1.15 : 11;
    return podiumObstacles(geo, labelSetting(geo, sizes), { lines: 3, fs: sizes.ledger, pitch, width });
  }, [geo, sizes, layout.podium, s]);
  // The notes' words: in viewBox units, inside the podium under the caption strip.
  const noteFs = sizes.note * s;
  const captionY = layout.podium.y + (geo.hall ? sizes.caption * 1.05 : 14 * s);
  const labelRoom = useMemo(() => labelArea(layout.podium, captionY, sizes.caption), [layout.podium, captionY, sizes.caption]);
  const renders = useRef(0);
  renders.current++;
  // The fast-time counts' chunk: once the live page is idle (no first screen runs above 4×).
  useEffect(() => {
    if (session.opening) return;
    void whenIdle(window, 3000)
      .then(loadFastCounts)
      .catch(() => undefined);
  }, [session]);
  // The visible caption fits the box (about 0.55 em a character); the live sentence is whole.
  const captionChars = Math.floor((layout.podium.w - 16 * s) / (sizes.caption * (geo.hall ? 0.6 : 0.55)));

  useSceneFrame((wall) => {
    const st = session.store.getState();
    const m = mem.current;
    if (st.trace !== m.trace) {
      const before = m.plan;
      m.plan = planNotes(before, st.trace);
      if (m.plan.lastSeq < before.lastSeq) m.lit.clear();
      m.trace = st.trace;
    }
    const fast = st.speed > NOTES_UP_TO_SPEED;
    const labels = !st.running || st.speed <= LABELS_UP_TO_SPEED;
    // Redraw when the moment, the mode or the geometry changed (a new layout re-renders this component).
    // (and once the counts' chunk arrives, if time ran fast before it did)
    const state = `${st.now}|${fast}|${labels}|${reduced}|${m.plan.lastSeq}|${renders.current}|${!fast || !!fastCounts()}`;
    if (state === m.drawn) return;
    m.drawn = state;
    const slots = [...(notesRef.current?.children ?? [])] as SVGGElement[];
    let used = 0;
    const wanted: { text: string; at: Point; rank: number; opacity: string }[] = [];
    if (!fast) {
      const flying = notesAt(m.plan, st.now);
      flying.forEach(({ note, progress }, index) => {
        for (const line of cueLines(geo, layout, note)) {
          const g = slots[used];
          if (!g) break;
          used++;
          // Reduced motion: the note rests where its line leaves the podium (a riser's line would
          // otherwise leave it over the wings on a phone).
          const p = reduced ? endInside(line, layout.podium, NOTE_R * s) : along(line, ease(progress));
          const opacity = reduced ? String(fadeOpacity(progress)) : '1';
          g.setAttribute('transform', `translate(${p.x} ${p.y}) scale(${s})`);
          g.style.opacity = opacity;
          g.style.visibility = 'visible';
          // Words for the newest few notes only, long generated names shortened, so they stay legible.
          const rank = flying.length - 1 - index;
          if (labels && rank < MAX_LABELS) wanted.push({ text: noteWords(note.text, line.node), at: p, rank, opacity });
        }
        lightStages(m.lit, note, progress, st.speed);
      });
    }
    drawLabels(wanted);
    for (let i = used; i < slots.length; i++) slots[i].style.visibility = 'hidden';
    drawCounts(fast, st.trace, st.now);
    say(fast, st.now, wall);
  });

  /** The notes' words, newest first, where note-labels.ts finds them room inside the podium. */
  function drawLabels(wanted: { text: string; at: Point; rank: number; opacity: string }[]) {
    const texts = [...(labelsRef.current?.children ?? [])] as SVGTextElement[];
    wanted.sort((a, b) => a.rank - b.rank);
    const placed = placeNoteLabels(wanted.slice(0, texts.length), noteFs, labelRoom, obstacles, NOTE_GAP * s);
    let shown = 0;
    placed.forEach((l, i) => {
      if (!l) return;
      const t = texts[shown++];
      t.setAttribute('x', String(l.x));
      t.setAttribute('y', String(l.y));
      if (t.textContent !== l.text) t.textContent = l.text;
      t.style.opacity = wanted[i].opacity;
      t.style.visibility = 'visible';
    });
    for (let i = shown; i < texts.length; i++) texts[i].style.visibility = 'hidden';
  }

  function drawCounts(fast: boolean, trace: readonly TraceEntry[], now: number) {
    const m = mem.current;
    const counter = fastCounts();
    // Not here yet: asked for now; the frame that follows its arrival draws the counts.
    if (fast && !counter) {
      void loadFastCounts().catch(() => undefined);
      return;
    }
    const bucket = fast ? `${Math.floor(now / 500)}|${trace.length ? trace[trace.length - 1].seq : 0}` : '';
    if (bucket === m.countsBucket) return;
    m.countsBucket = bucket;
    const texts = [...(countsRef.current?.children ?? [])] as SVGTextElement[];
    const counts = fast && counter ? counter.edgeCounts(trace, now).slice(0, COUNT_POOL) : [];
    const taken: Box[] = [];
    texts.forEach((t, i) => {
      const c = counts[i];
      if (!c || !counter) {
        t.style.visibility = 'hidden';
        return;
      }
      const node = c.agent ? nodeOf(c.agent) : undefined;
      const [line] = cueLines(geo, layout, { from: c.from, to: c.to, nodes: node ? [node] : undefined });
      const text = `×${c.count}`;
      const mid = counter.placeCount(line, text, sizes.counts, obstacles, taken);
      t.setAttribute('x', String(mid.x));
      t.setAttribute('y', String(mid.y));
      t.textContent = text;
      t.style.visibility = 'visible';
    });
    const sentence =
      !fast || !counter
        ? ''
        : counts.length === 0
          ? 'Quiet: no requests in the last 5 s.'
          : `Last 5 s: ${counts.slice(0, 4).map(counter.edgeText).join(' · ')}`;
    if (countsTextRef.current && countsTextRef.current.textContent !== sentence) countsTextRef.current.textContent = sentence;
  }

  function say(fast: boolean, now: number, wall: number) {
    const m = mem.current;
    const story = fast ? undefined : latestStory(m.plan, now);
    const caption = fast
      ? (countsTextRef.current?.textContent ?? '')
      : story
        ? `Now playing: ${endLabel(story.from, story)} → ${endLabel(story.to, story)}: ${story.text}`
        : 'Notes travel here when the control plane talks.';
    const shown = clip(caption, captionChars);
    if (captionRef.current && captionRef.current.textContent !== shown) captionRef.current.textContent = shown;
    // The live sentence follows the story, at most one every SAY_EVERY_MS of wall time.
    const id = fast ? -2 : (story?.id ?? -1);
    if (id === m.said.id || wall - m.said.at < SAY_EVERY_MS || !sayRef.current) return;
    m.said = { id, at: wall };
    sayRef.current.textContent = fast ? 'Time runs fast: the podium counts requests per path instead of playing notes.' : caption;
  }

  const box = layout.podium;
  return (
    <>
      <Hidden>
        <g ref={notesRef}>
          {Array.from({ length: NOTE_POOL }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed pool; slots are reused, never reordered
            <g key={i} className="podium-layer__note" style={{ visibility: 'hidden' }}>
              <circle r="5" />
              <path d="M4 0V-13" className="podium-layer__stem" />
            </g>
          ))}
        </g>
        <g ref={labelsRef}>
          {Array.from({ length: LABEL_POOL }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed pool
            <text key={i} textAnchor="middle" className="podium-layer__note-label" style={{ visibility: 'hidden', fontSize: noteFs }} />
          ))}
        </g>
        <g ref={countsRef} className="podium-layer__counts" style={{ fontSize: `${sizes.counts}px` }}>
          {Array.from({ length: COUNT_POOL }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed pool
            <text key={i} textAnchor="middle" style={{ visibility: 'hidden' }} />
          ))}
        </g>
        <text
          ref={captionRef}
          x={box.x + (geo.hall ? 10 : 8 * s)}
          y={captionY}
          className="podium-layer__caption"
          style={{ fontSize: `${sizes.caption}px` }}
        />
      </Hidden>
      <foreignObject x={box.x} y={box.y} width="1" height="1">
        <p ref={sayRef} className="visually-hidden" aria-live="polite" />
        <p ref={countsTextRef} className="visually-hidden" />
      </foreignObject>
    </>
  );
}

/** A sentence cut to `max` characters with an ellipsis. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

/** A note's words beside it: its node first, generated names shortened (`watch MODIFIED pods web-5c…-x2k9q`). */
export function noteWords(text: string, node?: string): string {
  const short = text
    .split(' ')
    .map((w) => shortName(w, 20))
    .join(' ');
  return node ? `${node}: ${short}` : short;
}

/**
 * Lights the stage of each node a note concerns, as today's podium does (stage-cues.ts): when a
 * note leaves a kubelet, or once it reaches one. Once per note.
 */
function lightStages(lit: Set<number>, note: CueNote, progress: number, speed: number) {
  if (!note.nodes?.length || lit.has(note.id)) return;
  if (note.to === 'kubelets' && progress < 0.9) return;
  lit.add(note.id);
  if (lit.size > 256) lit.delete(lit.values().next().value as number);
  const arrow = note.to === 'kubelets' ? '←' : '→';
  stageCues.light(
    note.nodes,
    { id: note.id, text: `${note.agent ?? 'kubelet'} ${arrow} ${note.text}` },
    FLIGHT_MS / Math.max(speed, 0.25) + 1200,
  );
}
