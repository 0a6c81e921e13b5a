// A challenge's availability as the learner reads it ("99.5 %"), in the page's language. Its own
// module: the lesson picker on the home page shows best scores with it, and needs nothing else of
// challenge-score.ts (about 1 kB gz off the home page's first screen).
import { t } from '../i18n/catalogue';

/** "99.4 %" — floor, so 98.96 % never reads as a pass of 99 %. */
export function formatAvailability(availability: number): string {
  const text = `${(Math.floor(availability * 1000) / 10).toFixed(1)} %`;
  // The locale's decimal sign from its catalogue (German, Spanish: "99,5 %"); the rounding stays the same.
  return text.replace('.', t('number.decimal', '.'));
}
