import { describe, expect, it } from 'vitest';
import { addressIn, chooseLanguage, matchLanguage } from './languages';

describe('chooseLanguage', () => {
  it('takes ?lang= first', () => {
    expect(chooseLanguage('?lesson=scaling&lang=de', ['es-ES', 'en'])).toBe('de');
  });

  it("then the first of the browser's languages that ships", () => {
    expect(chooseLanguage('', ['fr-FR', 'es-419', 'de'])).toBe('es');
  });

  it('ignores a ?lang= that does not ship and goes on to the browser', () => {
    expect(chooseLanguage('?lang=xx', ['de-AT'])).toBe('de');
  });

  it('falls back to English', () => {
    expect(chooseLanguage('?lang=fr', ['fr', 'ja'])).toBe('en');
    expect(chooseLanguage('', [])).toBe('en');
  });
});

describe('matchLanguage', () => {
  it('matches by primary subtag, case-insensitively', () => {
    expect(matchLanguage('DE-ch')).toBe('de');
    expect(matchLanguage('es_MX')).toBe('es');
    expect(matchLanguage('')).toBeUndefined();
    expect(matchLanguage(null)).toBeUndefined();
  });
});

describe('addressIn', () => {
  it('sets lang and keeps the rest of the address, hash included', () => {
    expect(addressIn('https://x.test/app/?lesson=scaling#s=1.abc', 'es')).toBe('/app/?lesson=scaling&lang=es#s=1.abc');
  });

  it('drops lang for English', () => {
    expect(addressIn('https://x.test/?lang=de&sandbox', 'en')).toBe('/?sandbox');
    expect(addressIn('https://x.test/?lang=de', 'en')).toBe('/');
  });
});
