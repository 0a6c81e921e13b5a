import { describe, expect, it } from 'vitest';
import { type EmbedParamsLike, routeOf, unknownLessonNotice } from './route';

const known = ['self-healing', 'scaling'];
const params = (p: Partial<EmbedParamsLike> = {}): EmbedParamsLike => ({ embed: false, sandbox: false, notices: [], ...p });

describe('routeOf', () => {
  it.each([
    ['', '', params(), { mode: 'home', embed: false, notices: [] }],
    ['?sandbox', '', params({ sandbox: true }), { mode: 'sandbox', embed: false, notices: [] }],
    ['?build', '', params({ sandbox: true, build: true }), { mode: 'sandbox', build: true, embed: false, notices: [] }],
    [
      '?build&lesson=scaling (a lesson wins: the builder starts from a sandbox only)',
      '',
      params({ sandbox: true, build: true, lesson: 'scaling' }),
      { mode: 'lesson', lesson: 'scaling', embed: false, notices: [] },
    ],
    ['?lesson=scaling', '', params({ lesson: 'scaling' }), { mode: 'lesson', lesson: 'scaling', embed: false, notices: [] }],
    [
      '?lesson=scaling&embed=1&origin=https://c.example',
      '',
      params({ lesson: 'scaling', embed: true, origin: 'https://c.example' }),
      { mode: 'lesson', lesson: 'scaling', embed: true, origin: 'https://c.example', notices: [] },
    ],
    ['?lesson=nope', '', params({ lesson: 'nope' }), { mode: 'home', embed: false, notices: ['No lesson named "nope".'] }],
    [
      "?lesson=mine&embed=1&origin=https://c.example (a teacher's lesson in the fragment)",
      '#lesson=1.abc',
      params({ lesson: 'mine', embed: true, origin: 'https://c.example' }),
      { mode: 'lesson', embed: true, origin: 'https://c.example', authored: 'lesson=1.abc', notices: [] },
    ],
    [
      '?lesson=nope&embed=1',
      '',
      params({ lesson: 'nope', embed: true }),
      { mode: 'home', embed: false, notices: ['No lesson named "nope".'] },
    ],
    [
      '?lesson=%3Cb%3Ex',
      '',
      params({ notices: ['The lesson name in the address is not valid'] }),
      { mode: 'home', embed: false, notices: ['The lesson name in the address is not valid'] },
    ],
    ['?sandbox', '#share=1.abc', params({ sandbox: true }), { mode: 'sandbox', embed: false, share: 'share=1.abc', notices: [] }],
    ['', '#other', params(), { mode: 'home', embed: false, notices: [] }],
  ])('%s %s', (_search, hash, p, want) => {
    expect(routeOf(hash, p, known)).toEqual(want);
  });

  it('keeps notices as plain text, truncated', () => {
    expect(unknownLessonNotice('x'.repeat(50))).toBe(`No lesson named "${'x'.repeat(40)}…".`);
    expect(unknownLessonNotice('<img src=x>')).toBe('No lesson named "<img src=x>".');
  });
});
