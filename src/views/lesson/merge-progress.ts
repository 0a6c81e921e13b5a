// Importing progress adds to what this browser already has instead of replacing it: a learner
// who imports an older export must not lose lessons finished since. Per lesson the further
// record wins (done over not done, then the later step) and the best score is kept.
import { betterScore, type LessonProgress, type Progress } from '../../lessons/progress';

function further(a: LessonProgress, b: LessonProgress): LessonProgress {
  const base = a.completed !== b.completed ? (a.completed ? a : b) : a.step >= b.step ? a : b;
  const scores = [a.bestScore, b.bestScore].filter((s) => s !== undefined);
  const best = scores.reduce<LessonProgress['bestScore']>((m, s) => (m === undefined || betterScore(s, m) ? s : m), undefined);
  const times = [a.completedAt, b.completedAt].filter((t) => t !== undefined);
  return {
    ...base,
    ...(best ? { bestScore: best } : {}),
    ...(times.length ? { completedAt: Math.min(...times) } : {}),
  };
}

export function mergeProgress(current: Progress, imported: Progress): Progress {
  const lessons: Record<string, LessonProgress> = { ...current.lessons };
  for (const [slug, entry] of Object.entries(imported.lessons)) {
    lessons[slug] = Object.hasOwn(current.lessons, slug) ? further(current.lessons[slug], entry) : entry;
  }
  return { ...current, lessons };
}
