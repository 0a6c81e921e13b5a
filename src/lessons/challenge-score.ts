// "Keep the show running" challenges: a storm of timed injections (load surges, node losses, bad
// rollouts) during a scoring window, scored by availability — the share of the audience's requests
// a Service answered, from the engine's METRICS events — and by how few commands the learner used.
// Pure data and functions: the lesson machine and the headless replay both fold events through here.
import type { MetricsEvent } from '../engine/index';
import type { Injection } from './types';

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
}

/** The running count for one challenge, plain JSON (kept in the machine's context). */
export interface ChallengeTally {
  /** Virtual ms when the window opened. */
  startedAt: number;
  requests: number;
  served: number;
  /** Indexes of `storm` injections already run. */
  stormDone: number[];
}

export interface ChallengeScore {
  /** served / requests (1 when no request arrived yet). */
  availability: number;
  served: number;
  requests: number;
  commands: number;
  passed: boolean;
  /** 0 when failed; 1 passed, 2 within twice par, 3 within par. */
  stars: 0 | 1 | 2 | 3;
  /** Whether the window has closed (a live score before that may still change). */
  over: boolean;
}

export function startTally(now: number): ChallengeTally {
  return { startedAt: now, requests: 0, served: 0, stormDone: [] };
}

/** Adds the challenge Service's figures for seconds that ended inside the window. */
export function tallyMetrics(spec: ChallengeSpec, tally: ChallengeTally, event: MetricsEvent): ChallengeTally {
  if (event.time <= tally.startedAt || event.time > tally.startedAt + spec.windowMs) return tally;
  const ns = spec.namespace ?? 'default';
  const s = event.services.find((x) => x.service === spec.service && x.namespace === ns);
  if (!s) return tally;
  return { ...tally, requests: tally.requests + s.requests, served: tally.served + s.successes };
}

export function windowOver(spec: ChallengeSpec, tally: ChallengeTally, now: number): boolean {
  return now >= tally.startedAt + spec.windowMs;
}

/** Indexes of storm injections due at `now` that have not run yet. */
export function dueStorm(spec: ChallengeSpec, tally: ChallengeTally, now: number): number[] {
  const elapsed = now - tally.startedAt;
  return spec.storm.flatMap((inj, i) => ((inj.atMs ?? 0) <= elapsed && !tally.stormDone.includes(i) ? [i] : []));
}

export function scoreChallenge(
  spec: ChallengeSpec,
  figures: { requests: number; served: number },
  commands: number,
  over = true,
): ChallengeScore {
  const availability = figures.requests === 0 ? 1 : figures.served / figures.requests;
  const passed = availability >= spec.minAvailability;
  const stars = !passed ? 0 : commands <= spec.parCommands ? 3 : commands <= 2 * spec.parCommands ? 2 : 1;
  return { availability, served: figures.served, requests: figures.requests, commands, passed, stars, over };
}

/** "99.4 %" — floor, so 98.96 % never reads as a pass of 99 %. */
export function formatAvailability(availability: number): string {
  return `${(Math.floor(availability * 1000) / 10).toFixed(1)} %`;
}

/** Index of the step whose start opens a challenge's window (0 when not named or not found). */
export function curtainStep(lesson: { steps: { id: string }[]; challenge?: ChallengeSpec }): number {
  const i = lesson.challenge?.startStep ? lesson.steps.findIndex((s) => s.id === lesson.challenge?.startStep) : 0;
  return Math.max(0, i);
}
