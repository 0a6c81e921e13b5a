// The lessons in teaching order. Slugs are a contract with course pages (issue 5): never rename.
// `lessons` imports every lesson (tests, tools). The app lists lessons from catalog.ts and loads
// one with load-lesson.ts (a dynamic import() per lesson, so each is its own chunk).
import { crashLoop } from './content/crash-loop';
import { meetTheBand } from './content/meet-the-band';
import { mechanics } from './content/mechanics';
import { nodeFailure } from './content/node-failure';
import { rollouts } from './content/rollouts';
import { scaling } from './content/scaling';
import { scheduling } from './content/scheduling';
import { selfHealing } from './content/self-healing';
import { autoscaling } from './content/autoscaling';
import { challengeBadRollout } from './content/challenges/bad-rollout';
import { challengeCrashStorm } from './content/challenges/crash-storm';
import { challengeNodeLoss } from './content/challenges/node-loss';
import { configAndSecrets } from './content/config-and-secrets';
import { loadBalancing } from './content/load-balancing';
import { statefulsets } from './content/statefulsets';
import type { Lesson } from './types';

export const lessons: readonly Lesson[] = [
  meetTheBand,
  mechanics,
  scheduling,
  selfHealing,
  crashLoop,
  nodeFailure,
  scaling,
  autoscaling,
  loadBalancing,
  rollouts,
  statefulsets,
  configAndSecrets,
  // The scored "keep the show running" challenges.
  challengeNodeLoss,
  challengeBadRollout,
  challengeCrashStorm,
];

export function lessonBySlug(slug: string): Lesson | undefined {
  return lessons.find((l) => l.slug === slug);
}

/**
 * Tests and tools only. The app must import `loadLesson` from './load-lesson' instead: this module
 * imports every lesson statically, which would pull all of them into the app's first chunk.
 */
export { loadLesson } from './load-lesson';
