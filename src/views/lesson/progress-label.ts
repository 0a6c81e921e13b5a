// A lesson's progress as the picker says it in words (never colour alone).
import { formatAvailability } from '../../lessons/challenge-score';
import type { Progress } from '../../lessons/progress';

export function progressLabel(progress: Progress, slug: string): string {
  const p = progress.lessons[slug];
  if (!p) return 'Not started';
  if (p.completed) return p.bestScore ? `Done · best ${formatAvailability(p.bestScore.availability)} served` : 'Done';
  return p.step > 0 ? `Step ${p.step + 1} reached` : 'Started';
}
