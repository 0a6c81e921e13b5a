// Notes on the podium's cue lines as a function of virtual time (RaftScope's rule, ongardie/raftscope
// render.js: a message sits at (now − sent) ÷ (received − sent) along its path). Pausing, stepping,
// rewinding and any speed need no special case: the loop asks "where is every note at `now`?".
//
// Deliberate simplification: the engine's control plane answers within a few virtual milliseconds
// (a write and its watch fan-out share one instant), far too fast to see. So each note gets a
// presentation schedule: it leaves at its trace time or, when the cue line is busy, a little later
// (STAGGER_MS after the previous note; a write's watch notifications leave together), and takes
// FLIGHT_MS of virtual time. When the schedule lags too far behind the trace, the controllers' chatter
// is dropped (and counted) first, then everything, so the picture never falls behind the cluster.
// The plan is folded entry by entry (a pure reducer), so it stays the same as the trace's window slides.
import type { TraceEntry } from '../../../engine';
import { isStory, type Note, notesFor } from '../../stage/podium-notes';

/** Virtual ms a note takes along its cue line: 0.8 s of wall time at 1×. */
export const FLIGHT_MS = 800;
/** Virtual ms between notes that did not leave together. */
export const STAGGER_MS = 200;
/** Lag (virtual ms) past which the controllers' chatter is dropped. */
export const MAX_LAG_MS = 2_400;
/** Lag past which every note is dropped until the schedule has caught up with the trace. */
export const MAX_STORY_LAG_MS = 4_800;
/** Notes kept once played (the live summary and tests read the latest). */
const KEEP = 64;

export interface CueNote extends Note {
  /** Virtual ms the note leaves its station. */
  sent: number;
  /** Virtual ms it arrives. */
  received: number;
}

export interface CuePlan {
  /** The newest trace seq folded in (0 for none). */
  lastSeq: number;
  /** The newest trace time folded in. */
  lastTime: number;
  /** When the last scheduled note leaves, and what it was (a watch fan-out shares the slot). */
  lastSent: number;
  lastSlot: string;
  /** Scheduled notes, oldest first; bounded. */
  notes: CueNote[];
  /** Notes dropped because the schedule lagged (shown as a count). */
  dropped: number;
}

export function emptyPlan(): CuePlan {
  return { lastSeq: 0, lastTime: -Infinity, lastSent: -Infinity, lastSlot: '', notes: [], dropped: 0 };
}

/**
 * Folds the trace's new entries into the plan. A trace that went backwards (a rewind or reset
 * swapped the cluster: seqs restart, or time runs earlier) starts a fresh plan from the whole window.
 */
export function planNotes(plan: CuePlan, trace: readonly TraceEntry[]): CuePlan {
  if (trace.length === 0) return plan;
  const newest = trace[trace.length - 1];
  if (newest.seq < plan.lastSeq) return planNotes(emptyPlan(), trace);
  let start = trace.length;
  while (start > 0 && trace[start - 1].seq > plan.lastSeq) start--;
  if (start === trace.length) return plan;
  const fresh = trace.slice(start);
  if (fresh[0].time < plan.lastTime) return planNotes(emptyPlan(), trace);
  const timeOf = new Map(fresh.map((e) => [e.seq, e.time]));
  let { lastSent, lastSlot, dropped } = plan;
  const added: CueNote[] = [];
  for (const note of notesFor(fresh)) {
    const time = timeOf.get(note.id) ?? newest.time;
    // Only a watch fan-out (one write reaching several stations) shares a slot; requests queue.
    const slot = note.text.startsWith('watch ') ? `${time}|${note.from}|watch` : `${note.id}`;
    // Your own command never waits behind the controllers' chatter: it leaves at once and the
    // notes that follow queue behind it (those already scheduled still play).
    const sent = note.from === 'you' ? time : slot === lastSlot ? lastSent : Math.max(time, lastSent + STAGGER_MS);
    const lag = sent - time;
    if (lag > MAX_STORY_LAG_MS || (lag > MAX_LAG_MS && !isStory(note))) {
      dropped++;
      continue;
    }
    lastSent = sent;
    lastSlot = slot;
    added.push({ ...note, sent, received: sent + FLIGHT_MS });
  }
  const notes = added.length ? [...plan.notes, ...added].slice(-KEEP) : plan.notes;
  return { lastSeq: newest.seq, lastTime: newest.time, lastSent, lastSlot, notes, dropped };
}

export interface NoteAt {
  note: CueNote;
  /** 0 at its station, 1 at its destination. */
  progress: number;
}

/** The notes on their way at `now`, each with how far along. */
export function notesAt(plan: CuePlan, now: number): NoteAt[] {
  const out: NoteAt[] = [];
  for (const note of plan.notes) {
    if (note.sent > now || note.received <= now) continue;
    out.push({ note, progress: (now - note.sent) / (note.received - note.sent) });
  }
  return out;
}

/** The latest note to have left by `now` that tells the story (the live summary's sentence). */
export function latestStory(plan: CuePlan, now: number): CueNote | undefined {
  for (let i = plan.notes.length - 1; i >= 0; i--) {
    const n = plan.notes[i];
    if (n.sent <= now && isStory(n)) return n;
  }
  return undefined;
}

/** Ease in and out along the line, so a note leaves and lands gently (still a function of time). */
export function ease(p: number): number {
  const t = Math.min(1, Math.max(0, p));
  return t * t * (3 - 2 * t);
}

/** Under reduced motion a note does not travel: it fades in and out where it lands. */
export function fadeOpacity(p: number): number {
  return Math.sin(Math.PI * Math.min(1, Math.max(0, p)));
}
