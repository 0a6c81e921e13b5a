// Which addresses open on a build-time frame (opening-frames.ts), decided exactly as boot() routes
// them: home and ?sandbox on the default seed (absent or named), and a known lesson (embedded or
// not), with no share link and nothing boot() would add a notice about. A lesson the learner left
// mid-way boots first too: boot() then offers "Continue from step n", which no frame shows. Every
// other address boots its own cluster first.
import { readEmbedParams } from '../embed/params';
import type { AppVariant } from '../app/App';
import type { ProgressStore } from '../lesson/progress-store';
import { routeOf } from '../lesson/route';
import { DEFAULT_SEED, seedFromSearch } from '../seed';
import { SAMPLE_FRAME } from './opening-frame-key';

export interface Opening {
  /** The frame's key: `sample` or a lesson's slug. */
  frame: string;
  variant: AppVariant;
}

export function openingFor(
  search: string,
  hash: string,
  slugs: readonly string[],
  progress: Pick<ProgressStore, 'get' | 'notice'>,
): Opening | undefined {
  const route = routeOf(hash, readEmbedParams(search), slugs);
  if (route.share || route.notices.length > 0 || (hash !== '' && hash !== '#')) return undefined;
  if (route.mode === 'lesson' && route.lesson) {
    // boot() shows a lesson page the notice of an unreadable progress record.
    if (progress.notice) return undefined;
    const saved = progress.get().lessons[route.lesson];
    if (saved && !saved.completed && saved.step > 0) return undefined;
    return { frame: route.lesson, variant: route.embed ? 'embed' : 'lesson' };
  }
  // boot() shows the sandbox (not home, whose picker shows it) the notice of an unreadable record.
  if (route.mode === 'sandbox' && progress.notice) return undefined;
  const seed = seedFromSearch(search);
  if (seed.seed !== DEFAULT_SEED || seed.notice) return undefined;
  return { frame: SAMPLE_FRAME, variant: route.mode === 'sandbox' ? 'sandbox' : 'home' };
}
