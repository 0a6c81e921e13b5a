// "Keep the show running" challenges: a storm of timed injections (load surges, node losses, bad
// rollouts) during a scoring window, scored by availability — the share of the audience's requests
// a Service answered, from the engine's METRICS events — and by how few cluster-changing commands
// the learner used. Requests the audience would have sent but the learner's load control held back
// count as unserved, so switching the audience off never wins. Pure data and functions: the lesson
// machine and the headless replay both fold events through here.
import type { MetricsEvent } from '../engine/index';
import type { Injection } from './types';

// What the lesson panels show of a challenge without scoring one: their own module, so no first screen fetches this one.
export { curtainStep, formatAvailability, type StarReason, starReasons } from './challenge-display';

export interface ChallengeSpec {
  /** The Service whose requests are counted. */
  service: string;
  namespace?: string;
  /** Id of the step whose start raises the curtain (opens the window, starts the storm); default the first step. */
  startStep?: string;
  /** Length of the scoring window, virtual ms; the challenge ends when it closes. */
  windowMs: number;
  /** Share of requests (0…1) that must be served to pass. */
  minAvailability: number;
  /** What the lesson does to the cluster, `atMs` after the curtain rises. */
  storm: Injection[];
  /** Commands a tidy solution needs (three stars at or under par). */
  parCommands: number;
  /**
   * Requests/s the audience sends when the curtain rises (the set-up's `load` fault); the storm's
   * `load` injections for the Service change it once they have run. The honest denominator.
   */
  audienceRps: number;
}

/** The running count for one challenge, plain JSON (kept in the machine's context). */
export interface ChallengeTally {
  /** Virtual ms when the window opened. */
  startedAt: number;
  requests: number;
  served: number;
  /** Requests the audience meant to send but did not, because the learner lowered its load. */
  unsent?: number;
  /** End (virtual ms) of the last second accounted for; startedAt before the first. */
  countedTo?: number;
  /** Indexes of `storm` injections already run. */
  stormDone: number[];
  /** The learner's command count (see LessonInput.commands) when the window opened. */
  commandsBefore?: number;
}

export interface ChallengeScore {
  /** served / requests (1 when the audience has sent nothing yet). */
  availability: number;
  served: number;
  /** Requests the audience sent, plus those it meant to send but the learner held back. */
  requests: number;
  commands: number;
  passed: boolean;
  /** 0 when failed; 1 passed, 2 within twice par, 3 within par. */
  stars: 0 | 1 | 2 | 3;
  /** Whether the window has closed (a live score before that may still change). */
  over: boolean;
}

export function startTally(now: number, commandsBefore = 0): ChallengeTally {
  return { startedAt: now, requests: 0, served: 0, unsent: 0, countedTo: now, stormDone: [], commandsBefore };
}

/** The rps the lesson's audience sends now: the latest storm `load` for the Service that has run. */
export function audienceRps(spec: ChallengeSpec, tally: Pick<ChallengeTally, 'stormDone'>): number {
  const ns = spec.namespace ?? 'default';
  let rps = spec.audienceRps;
  let at = Number.NEGATIVE_INFINITY;
  for (const i of tally.stormDone) {
    const inj = spec.storm[i];
    if (!inj || 'kubectl' in inj.action) continue;
    const f = inj.action.fault;
    if (f.type === 'load' && f.service === spec.service && (f.namespace ?? 'default') === ns && (inj.atMs ?? 0) >= at) {
      at = inj.atMs ?? 0;
      rps = f.rps;
    }
  }
  return rps;
}

/** The rps the traffic model is set to send the Service, when the view is a Cluster (duck typed). */
export function setLoad(spec: ChallengeSpec, view: unknown): number | undefined {
  const get = (view as { component?: (name: string) => unknown } | undefined)?.component;
  if (typeof get !== 'function') return undefined;
  const model = get.call(view, 'traffic') as { load?: (ns: string, svc: string) => number } | undefined;
  return typeof model?.load === 'function' ? model.load(spec.namespace ?? 'default', spec.service) : undefined;
}

/**
 * Whole seconds from the last accounted one to `until` (capped at the window's end) that no
 * METRICS event covered: with every load at 0 the traffic model stops ticking, so silence is
 * counted by the clock. While it ticks, `until` is always less than a second past the last event.
 */
export function silentSeconds(spec: ChallengeSpec, tally: Pick<ChallengeTally, 'startedAt' | 'countedTo'>, until: number): number {
  const from = tally.countedTo ?? tally.startedAt;
  return Math.max(0, Math.floor((Math.min(until, tally.startedAt + spec.windowMs) - from) / 1000));
}

/**
 * Adds the challenge Service's figures for seconds that ended inside the window. `load` is the
 * rps the traffic model was set to that second (setLoad); below the audience's rps, the gap counts
 * as unsent requests. Without it, a second with no figures for the Service (load 0) counts the
 * whole audience as unsent. Requests are Poisson around the set load, so the gap is taken from
 * the set figure, never from the drawn count (an honest second must not lose its dips).
 */
export function tallyMetrics(spec: ChallengeSpec, tally: ChallengeTally, event: MetricsEvent, load?: number): ChallengeTally {
  const from = tally.countedTo ?? tally.startedAt;
  if (event.time <= from || event.time > tally.startedAt + spec.windowMs) return tally;
  const ns = spec.namespace ?? 'default';
  const s = event.services.find((x) => x.service === spec.service && x.namespace === ns);
  const wanted = audienceRps(spec, tally);
  const gap = Math.max(0, wanted - (load ?? (s ? wanted : 0)));
  // Seconds before this one that no event covered (the model was silent: every load was 0).
  const silent = Math.max(0, silentSeconds(spec, tally, event.time) - 1);
  return {
    ...tally,
    requests: tally.requests + (s?.requests ?? 0),
    served: tally.served + (s?.successes ?? 0),
    unsent: (tally.unsent ?? 0) + Math.round(gap + silent * wanted),
    countedTo: event.time,
  };
}

export function windowOver(spec: ChallengeSpec, tally: ChallengeTally, now: number): boolean {
  return now >= tally.startedAt + spec.windowMs;
}

/** Indexes of storm injections due at `now` that have not run yet. */
export function dueStorm(spec: ChallengeSpec, tally: ChallengeTally, now: number): number[] {
  const elapsed = now - tally.startedAt;
  return spec.storm.flatMap((inj, i) => ((inj.atMs ?? 0) <= elapsed && !tally.stormDone.includes(i) ? [i] : []));
}

/**
 * The score for a tally (or bare figures). Silent seconds since the last event count as unsent:
 * up to the window's end once `over`, up to `now` before that when given.
 */
export function scoreChallenge(
  spec: ChallengeSpec,
  figures: { requests: number; served: number; unsent?: number } & Partial<Pick<ChallengeTally, 'startedAt' | 'countedTo' | 'stormDone'>>,
  commands: number,
  over = true,
  now?: number,
): ChallengeScore {
  const until = over ? Number.POSITIVE_INFINITY : now;
  const silent =
    figures.startedAt !== undefined && until !== undefined
      ? silentSeconds(spec, { startedAt: figures.startedAt, countedTo: figures.countedTo }, until) *
        audienceRps(spec, { stormDone: figures.stormDone ?? [] })
      : 0;
  const requests = figures.requests + (figures.unsent ?? 0) + Math.round(silent);
  const availability = requests === 0 ? 1 : figures.served / requests;
  const passed = availability >= spec.minAvailability;
  const stars = !passed ? 0 : commands <= spec.parCommands ? 3 : commands <= 2 * spec.parCommands ? 2 : 1;
  return { availability, served: figures.served, requests, commands, passed, stars, over };
}

/** The learner's commands since the window opened (never negative). */
export function commandsSince(tally: Pick<ChallengeTally, 'commandsBefore'>, total: number): number {
  return Math.max(0, total - (tally.commandsBefore ?? 0));
}
