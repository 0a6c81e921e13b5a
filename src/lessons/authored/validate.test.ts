import { describe, expect, it } from 'vitest';
import { twoStepLesson } from './fixtures';
import { localise } from './localise';
import { textIn } from './text';
import { validateLesson } from './validate';

describe('validateLesson', () => {
  it('accepts a builder lesson and returns a fresh copy without extra keys', () => {
    const lesson = twoStepLesson();
    const out = validateLesson(JSON.parse(JSON.stringify(lesson)));
    expect(out).toEqual(lesson);
  });

  it.each([
    [{ v: 1 }, 'slug: must be a non-empty string'],
    [{ steps: [] }, 'steps: needs at least 1 entry'],
    [{ seed: -1 }, 'seed: must be a whole number from 0 to 4294967295'],
    [{ v: 2 }, 'the lesson comes from a newer version of Podchestra'],
    [{ extra: 1 }, 'lesson: unknown field "extra"'],
    [{ title: { klingon: 'x' } }, 'title: "klingon" is not a language tag like "en" or "pt-BR"'],
  ])('refuses %j with a plain error naming the field', (patch, error) => {
    const base = 'v' in patch && patch.v === 1 ? { v: 1 } : { ...twoStepLesson(), ...patch };
    expect(validateLesson(base)).toBe(error);
  });

  it('names the field deep inside a step', () => {
    const bad = twoStepLesson() as unknown as { steps: { goal: unknown; predict?: { answer: number } }[] };
    bad.steps[0].goal = { kind: 'readyPods', selector: 'app=band', count: 'four' };
    expect(validateLesson(bad)).toBe('steps[0].goal.count: must be a whole number from 0 to 10000');
    const bad2 = twoStepLesson() as unknown as { steps: { predict?: { answer: number } }[] };
    bad2.steps[0].predict!.answer = 5;
    expect(validateLesson(bad2)).toBe('steps[0].predict.answer: must be an index into options (0 to 1)');
    const bad3 = twoStepLesson() as unknown as { steps: { goal: unknown }[] };
    bad3.steps[1].goal = { kind: 'eval', code: 'alert(1)' };
    expect(validateLesson(bad3)).toMatch(/^steps\[1\]\.goal\.kind: must be one of acknowledge, readyPods/);
    const bad4 = twoStepLesson() as unknown as { setup: unknown[] };
    bad4.setup = [{ fault: { type: 'kill-node' } }];
    expect(validateLesson(bad4)).toBe('setup[0].fault: kill-node: node: Required value');
  });

  it('refuses a lesson over 64 kB before reading any field', () => {
    const huge = { ...twoStepLesson(), title: 'x'.repeat(70_000) };
    expect(validateLesson(huge)).toBe('the lesson is larger than 64 kB');
    const manyHints = twoStepLesson();
    manyHints.steps[0].hints = Array.from({ length: 11 }, () => 'h');
    expect(validateLesson(manyHints)).toBe('steps[0].hints: has more than 10 entries');
  });

  it('refuses markup that could only be an attempt to run code, in plain words, and keeps angle brackets as text', () => {
    expect(validateLesson({ ...twoStepLesson(), title: '<script>alert(1)</script>' })).toBe(
      'title: contains HTML or script (lesson text is plain text)',
    );
    const hint = twoStepLesson();
    hint.steps[1].hints = ['see <img src=x onerror=alert(1)>'];
    expect(validateLesson(hint)).toBe('steps[1].hints[0]: contains HTML or script (lesson text is plain text)');
    const de = { ...twoStepLesson(), title: { en: 'Fine', de: '<a href="javascript:alert(1)">x</a>' } };
    expect(validateLesson(de)).toBe('title.de: contains HTML or script (lesson text is plain text)');
    // kubectl's `<none>` and placeholders such as `<pod-name>` are ordinary text, rendered by React as characters.
    const lesson = { ...twoStepLesson(), title: 'The NOMINATED NODE column says <none>; run kubectl delete pod <pod-name>' };
    const out = validateLesson(lesson);
    expect(typeof out).toBe('object');
    expect(localise(out as never).title).toBe(lesson.title);
  });

  it('ignores __proto__ and other prototype keys', () => {
    const evil = JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(twoStepLesson()).slice(1)}`);
    expect(validateLesson(evil)).toBe('lesson: unknown field "__proto__"');
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  it('picks a language with fallbacks', () => {
    const t = { en: 'Hello', de: 'Hallo' };
    expect(textIn(t, 'de-AT')).toBe('Hallo');
    expect(textIn(t, 'fr')).toBe('Hello');
    expect(textIn({ fr: 'Salut' }, 'de')).toBe('Salut');
    expect(localise(twoStepLesson(), 'de').steps[0].narration).toBe('Das Stück braucht vier Musiker.');
  });
});
