// A lesson's progress as the picker says it in words (never colour alone).
import { formatAvailability } from '../../lessons/challenge-display';
import type { Progress } from '../../lessons/progress';
import { t } from '../../i18n/catalogue';

export function progressLabel(progress: Progress, slug: string): string {
  const p = progress.lessons[slug];
  if (!p) return t('picker.notStarted', 'Not started');
  if (p.completed)
    return p.bestScore
      ? t('picker.doneBest', 'Done · best {served} served', { served: formatAvailability(p.bestScore.availability) })
      : t('picker.done', 'Done');
  return p.step > 0 ? t('picker.stepReached', 'Step {step} reached', { step: p.step + 1 }) : t('picker.started', 'Started');
}
