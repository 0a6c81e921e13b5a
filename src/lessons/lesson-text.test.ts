// Translations of the shipped lessons (content/<lang>/<slug>.ts): each one complete (every string
// its English original has: no silent gaps), with commands, selectors and narration tokens kept.
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/catalogue';
import { de } from '../i18n/messages/de';
import { es } from '../i18n/messages/es';
import { type LessonText, lessonText, translateLesson } from './lesson-text';
import { loadLesson } from './load-lesson';
import { lessonBySlug, lessons } from './registry';
import { selfHealing } from './content/self-healing';

const files = import.meta.glob<LessonText>('./content/{de,es}/*.ts', { import: 'text', eager: true });
const catalogues: Record<string, Record<string, unknown>> = { de, es };

/** What must survive translation untouched: selectors, images, flags, narration tokens, `code`. */
function fixedTokens(text: string): string[] {
  const tokens = [
    ...text.matchAll(
      /\bkubectl (?:get|describe|scale|delete|set image|rollout \w+|create|apply|cordon|uncordon|drain|logs|exec|top|edit|label|patch|expose|autoscale)\b/g,
    ),
    ...text.matchAll(/`[^`]+`/g),
    ...text.matchAll(/--[\w-]+(?:=[\w.:/-]+)?/g),
    ...text.matchAll(/\b[\w.-]+=[\w.-]+\b/g),
    ...text.matchAll(/\b[a-z][\w.-]*:\d[\w.]*\b/g),
  ].map((m) => m[0]);
  // A count token's selector must survive; which tokens a language needs is its own ({s:…} is English's plural).
  for (const m of text.matchAll(/\{(?:ready|Ready|s):([^}]+)\}/g)) tokens.push(`count of ${m[1]}`);
  return [...new Set(tokens)].sort();
}

/** Every [English, translated] string pair of a lesson's text, named by where it is. */
function pairs(english: LessonText, translated: LessonText): [string, string, string | undefined][] {
  const out: [string, string, string | undefined][] = [['title', english.title, translated.title]];
  for (const [id, step] of Object.entries(english.steps)) {
    const t = translated.steps[id];
    out.push([`${id}.narration`, step.narration, t?.narration]);
    step.hints.forEach((h, i) => out.push([`${id}.hints[${i}]`, h, t?.hints[i]]));
    if (step.predict) {
      out.push([`${id}.question`, step.predict.question, t?.predict?.question]);
      step.predict.options.forEach((o, i) => out.push([`${id}.options[${i}]`, o, t?.predict?.options[i]]));
      out.push([`${id}.explain`, step.predict.explain, t?.predict?.explain]);
    }
  }
  return out;
}

const shipped = Object.entries(files).map(([path, text]) => {
  const [, lang, slug] = /content\/(\w+)\/([\w-]+)\.ts$/.exec(path)!;
  return { lang: lang!, slug: slug!, text };
});

describe('translateLesson', () => {
  it('lays a translation over the English, string by string, keeping everything else', () => {
    const text = lessonText(selfHealing);
    text.steps['take-seats']!.narration = 'Übersetzt.';
    text.steps['remove-a-player']!.hints = ['Nur der erste'];
    const out = translateLesson(selfHealing, text);
    expect(out.steps[0]!.narration).toBe('Übersetzt.');
    // A missing string is the English one, never a gap.
    expect(out.steps[1]!.hints).toEqual(['Nur der erste', selfHealing.steps[1]!.hints[1]]);
    expect(out.steps[1]!.goal).toBe(selfHealing.steps[1]!.goal);
    expect(out.steps[1]!.predict!.answer).toBe(1);
    expect(out.setup).toBe(selfHealing.setup);
  });

  it('keeps a step the translation does not know in English', () => {
    const out = translateLesson(selfHealing, { title: 'T', steps: {} });
    expect(out.title).toBe('T');
    expect(out.steps.map((s) => s.narration)).toEqual(selfHealing.steps.map((s) => s.narration));
  });
});

describe('loadLesson', () => {
  it("loads a lesson in the page's language", async () => {
    setLanguage('de');
    try {
      const lesson = await loadLesson('self-healing');
      expect(lesson?.title).toBe(de['catalog.self-healing.title']);
      expect(lesson?.steps[0]?.narration).not.toBe(selfHealing.steps[0]!.narration);
      expect((await loadLesson('self-healing', 'en'))?.title).toBe(selfHealing.title);
    } finally {
      setLanguage('en');
    }
  });
});

describe('the shipped translations', () => {
  it('cover every shipped lesson in every shipped language (German, Spanish)', () => {
    const want = lessons.flatMap((l) => ['de', 'es'].map((lang) => `${lang}/${l.slug}`)).sort();
    expect(shipped.map((s) => `${s.lang}/${s.slug}`).sort()).toEqual(want);
  });
});

describe.each(shipped)('the $lang translation of $slug', ({ lang, slug, text }) => {
  const lesson = lessonBySlug(slug);

  it('is of a shipped lesson', () => {
    expect(lesson).toBeDefined();
  });

  it('has every string its English original has, and no step the lesson lacks', () => {
    const english = lessonText(lesson!);
    const gaps = pairs(english, text).filter(([, , t]) => typeof t !== 'string' || t.trim() === '');
    expect(gaps.map(([where]) => where)).toEqual([]);
    expect(Object.keys(text.steps).sort()).toEqual(Object.keys(english.steps).sort());
    for (const [id, step] of Object.entries(english.steps)) {
      expect(text.steps[id]!.hints.length, `${id}.hints`).toBe(step.hints.length);
      expect(text.steps[id]!.predict?.options.length, `${id}.options`).toBe(step.predict?.options.length);
    }
  });

  it('keeps commands, selectors and narration tokens as they are', () => {
    for (const [where, english, translated] of pairs(lessonText(lesson!), text)) {
      if (translated === undefined) continue;
      // A hint that is only a command (no prose: no comma, colon, quote, bracket or full stop) is that command, word for word.
      if (/^kubectl [^A-Z,:"(']*[^.]$/.test(english)) expect(translated, where).toBe(english);
      expect(fixedTokens(translated), where).toEqual(expect.arrayContaining(fixedTokens(english)));
    }
  });

  it('is titled as the lesson list calls it', () => {
    expect(text.title).toBe(catalogues[lang]![`catalog.${slug}.title`]);
  });
});
