// Numbers on a page in another language (issue 14): grouped as the locale groups them; English keeps
// its hand-written path (format-number.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/catalogue';
import { de } from '../i18n/messages/de';
import { es } from '../i18n/messages/es';
import { formatAvailability } from '../lessons/challenge-score';
import { formatWhole } from './format-number';

afterEach(() => setLanguage('en'));

describe('formatWhole in another language', () => {
  it('groups as German does', () => {
    setLanguage('de', de);
    expect(formatWhole(1_234_567.4)).toBe('1.234.567');
    expect(formatWhole(-1234)).toBe('-1.234');
  });

  it('groups as Spanish does (no separator in four digits)', () => {
    setLanguage('es', es);
    expect(formatWhole(1234)).toBe('1234');
    expect(formatWhole(12_345)).toBe('12.345');
  });

  it('switches back to English grouping', () => {
    setLanguage('de', de);
    formatWhole(1);
    setLanguage('en');
    expect(formatWhole(1_234_567)).toBe('1,234,567');
  });
});

describe('formatAvailability in another language', () => {
  it('writes the decimal comma', () => {
    expect(formatAvailability(0.9956)).toBe('99.5 %');
    setLanguage('de', de);
    expect(formatAvailability(0.9956)).toBe('99,5 %');
  });
});
