// What a goal counts that the hall must show as a number (issue 12: "goals that count something
// show the count on stage"). One entry per counted thing, with where the stage says it:
//   songs      the safe: a bound claim's record "www-web-1 ♫ 3" (scene/front/desk-items.ts)
//   heartbeat  the riser: "no heartbeat 23/50 s" while a node's Lease is not renewed (scene/heartbeat.ts)
//   restarts   the musician: its "↻2" badge and "2 restarts" in its accessible name
//   endpoints  the Service's marquee: "3 ready endpoints"
//   revision   the musician: its "r2" badge and "revision 2" in its accessible name
// Counts of pods themselves (readyPods, podCount, hpaReplicas) are the musicians on stage, one
// figure each, and are left out. e2e/goal-counts.spec.ts walks every lesson and checks each entry.
import type { Goal } from './types';

export type StageCount =
  | { thing: 'songs'; pod: string; claim: string; atLeast: number }
  | { thing: 'heartbeat'; node: string }
  | { thing: 'restarts'; selector: string; atLeast: number }
  | { thing: 'endpoints'; service: string; ready: number }
  | { thing: 'revision'; deployment: string; revision: number };

export function stageCounts(goal: Goal): StageCount[] {
  switch (goal.kind) {
    case 'all':
      return goal.goals.flatMap(stageCounts);
    case 'podUsesClaim':
      return goal.minSongs ? [{ thing: 'songs', pod: goal.pod, claim: goal.claim, atLeast: goal.minSongs }] : [];
    case 'nodeNotReady':
      // What the learner waits on: the seconds without a heartbeat running into the grace period.
      return [{ thing: 'heartbeat', node: goal.node }];
    case 'podRestarts':
      return [{ thing: 'restarts', selector: goal.selector, atLeast: goal.atLeast }];
    case 'podRestarted':
      return [{ thing: 'restarts', selector: goal.selector, atLeast: goal.minRestarts ?? 1 }];
    case 'serviceEndpoints':
      return [{ thing: 'endpoints', service: goal.service, ready: goal.ready }];
    case 'deploymentRevision':
      return [{ thing: 'revision', deployment: goal.name, revision: goal.revision }];
    default:
      return [];
  }
}
