// Loads one lesson on demand: a literal dynamic import() per content file, so the bundler puts
// every lesson in its own chunk and the first screen loads none (it lists them from catalog.ts).
// The app imports this module, never registry.ts (whose static imports would undo the split).
// In another language the lesson's translation (content/<lang>/<slug>.ts) is its own chunk too,
// fetched beside it; English pages fetch none.
import { language } from '../i18n/catalogue';
import type { Lesson } from './types';

/** One loader per slug; a literal import() each, so the bundler splits every lesson out. */
const loaders: Record<string, () => Promise<Lesson>> = {
  'meet-the-band': () => import('./content/meet-the-band').then((m) => m.meetTheBand),
  mechanics: () => import('./content/mechanics').then((m) => m.mechanics),
  scheduling: () => import('./content/scheduling').then((m) => m.scheduling),
  'self-healing': () => import('./content/self-healing').then((m) => m.selfHealing),
  'crash-loop': () => import('./content/crash-loop').then((m) => m.crashLoop),
  'node-failure': () => import('./content/node-failure').then((m) => m.nodeFailure),
  scaling: () => import('./content/scaling').then((m) => m.scaling),
  rollouts: () => import('./content/rollouts').then((m) => m.rollouts),
  autoscaling: () => import('./content/autoscaling').then((m) => m.autoscaling),
  'load-balancing': () => import('./content/load-balancing').then((m) => m.loadBalancing),
  statefulsets: () => import('./content/statefulsets').then((m) => m.statefulsets),
  'config-and-secrets': () => import('./content/config-and-secrets').then((m) => m.configAndSecrets),
  'challenge-node-loss': () => import('./content/challenges/node-loss').then((m) => m.challengeNodeLoss),
  'challenge-bad-rollout': () => import('./content/challenges/bad-rollout').then((m) => m.challengeBadRollout),
  'challenge-crash-storm': () => import('./content/challenges/crash-storm').then((m) => m.challengeCrashStorm),
};

/**
 * The lesson for a slug in the page's language (or `lang`), loaded on demand; undefined for an
 * unknown slug (never throws for one). A translation that fails to load leaves the lesson English.
 */
export async function loadLesson(slug: string, lang = language()): Promise<Lesson | undefined> {
  const load = Object.hasOwn(loaders, slug) ? loaders[slug] : undefined;
  if (!load) return undefined;
  if (lang === 'en') return load();
  // Another language's loader table is a chunk of its own: an English page never fetches it.
  const [lesson, translated] = await Promise.all([load(), import('./load-lesson-text').catch(() => undefined)]);
  return translated ? translated.translated(lesson, lang) : lesson;
}
