// The podium's notes: the trace playing on the cue lines as notes whose places are a function of
// virtual time (cue-notes.ts), sampled each frame and written through refs; their words while
// paused or slow (note-labels.ts); counts per path above 4× (fast-counts.ts); the polite live
// sentence. Drawn by PodiumLayer.tsx.
import { useEffect, useMemo, useRef } from 'react';
import type { TraceEntry } from '../../../engine';
import { endLabel, NOTES_UP_TO_SPEED, nodeOf } from '../../stage/podium-notes';
import { stageCues } from '../../stage/stage-cues';
import type { Box, Point, SceneLayout } from '../geometry';
import { type CueNote, type CuePlan, ease, emptyPlan, FLIGHT_MS, fadeOpacity, latestStory, notesAt, planNotes } from './cue-notes';
import { useSceneFrame } from './frame-loop';
import { Hidden } from './Hidden';
import { useLayerSession, useReducedMotionPref } from './layer-session';
import { shortName } from './ledger';
import { along, cueLines, type PodiumGeometry } from './stations';
import { fastCounts, loadFastCounts } from './fast-counts-load';
import { podiumObstacles } from './podium-obstacles';
import { whenIdle } from '../../stage/when-idle';
import { endInside, labelArea, placeNoteLabels } from './note-labels';
import { labelSetting, type PodiumWords } from './podium-words';

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

/** The pools of notes and counts, and the sentences; all written by the frame loop. */
export function Notes({ layout, geo, words: sizes }: { layout: SceneLayout; geo: PodiumGeometry; words: PodiumWords }) {
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
