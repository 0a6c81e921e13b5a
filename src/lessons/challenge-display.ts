// What the lesson picker and the lesson panel show of a challenge without scoring one: the
// availability as the learner reads it ("99.5 %", in the page's language), the stars' reasons, and
// where the curtain rises. Their own module, so neither first screen fetches the scoring
// (challenge-score.ts re-exports them; about 1 kB gz, measured with `npm run bench -- --figure=bundle`).
import { t } from '../i18n/catalogue';
import type { ChallengeScore, ChallengeSpec } from './challenge-score';

/** "99.4 %" — floor, so 98.96 % never reads as a pass of 99 %. */
export function formatAvailability(availability: number): string {
  const text = `${(Math.floor(availability * 1000) / 10).toFixed(1)} %`;
  // The locale's decimal sign from its catalogue (German, Spanish: "99,5 %"); the rounding stays the same.
  return text.replace('.', t('number.decimal', '.'));
}

/** One star and what earned it or cost it, in words. */
export interface StarReason {
  earned: boolean;
  text: string;
}

const commandWords = (n: number) => `${n} command${n === 1 ? '' : 's'}`;

/**
 * Why the score has its stars (issue 12: "why 2 of 3 stars?"): the first for serving enough of the
 * audience, the second for using at most twice par, the third for par. A star after a missed one
 * says it depends on the first.
 */
export function starReasons(spec: ChallengeSpec, score: Pick<ChallengeScore, 'availability' | 'commands' | 'passed'>): StarReason[] {
  const need = formatAvailability(spec.minAvailability);
  const served = formatAvailability(score.availability);
  const used = commandWords(score.commands);
  const twice = 2 * spec.parCommands;
  const first: StarReason = score.passed
    ? { earned: true, text: `★ 1: ${served} of requests served (${need} needed)` }
    : { earned: false, text: `☆ 1: only ${served} of requests served (${need} needed)` };
  const star = (n: 2 | 3, limit: number): StarReason => {
    const within = score.commands <= limit;
    if (!score.passed) return { earned: false, text: `☆ ${n}: needs the first star, then at most ${commandWords(limit)}` };
    return within
      ? { earned: true, text: `★ ${n}: ${used}, at most ${limit}` }
      : { earned: false, text: `☆ ${n}: ${used}, more than ${limit}` };
  };
  return [first, star(2, twice), star(3, spec.parCommands)];
}

/** Index of the step whose start opens a challenge's window (0 when not named or not found). */
export function curtainStep(lesson: { steps: { id: string }[]; challenge?: ChallengeSpec }): number {
  const i = lesson.challenge?.startStep ? lesson.steps.findIndex((s) => s.id === lesson.challenge?.startStep) : 0;
  return Math.max(0, i);
}
