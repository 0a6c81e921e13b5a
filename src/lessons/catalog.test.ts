import { describe, expect, it } from 'vitest';
import { catalog, catalogEntry, LESSON_ORDER } from './catalog';
import { lessons, loadLesson } from './registry';

describe('catalog', () => {
  it('lists every registered lesson once, with the lesson’s own title', () => {
    expect(new Set(catalog.map((c) => c.slug)).size).toBe(catalog.length);
    for (const lesson of lessons) expect([lesson.slug, catalogEntry(lesson.slug)?.title]).toEqual([lesson.slug, lesson.title]);
  });

  it('follows the issue’s teaching order; anything unlisted (challenges) comes last', () => {
    const ranks = catalog.map((c) => (LESSON_ORDER.includes(c.slug) ? LESSON_ORDER.indexOf(c.slug) : LESSON_ORDER.length));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(catalog.slice(0, 3).map((c) => c.slug)).toEqual(['meet-the-band', 'mechanics', 'scheduling']);
  });

  it('gives each lesson 3–8 minutes and a one-line summary', () => {
    for (const c of catalog) {
      expect(c.minutes).toBeGreaterThanOrEqual(3);
      expect(c.minutes).toBeLessThanOrEqual(8);
      expect(c.summary).not.toContain('\n');
    }
  });
});

describe('loadLesson', () => {
  it.each(['meet-the-band', 'mechanics', 'scheduling', 'crash-loop', 'node-failure', 'self-healing', 'scaling', 'rollouts'])(
    'loads %s on demand: the same lesson the registry holds',
    async (slug) => {
      expect(await loadLesson(slug)).toBe(lessons.find((l) => l.slug === slug));
    },
  );

  it.each(['nope', '__proto__', 'constructor', 'toString', ''])('unknown slug %j gives undefined', async (slug) => {
    expect(await loadLesson(slug)).toBeUndefined();
  });

  it('has a loader for every catalog entry', async () => {
    const loaded = await Promise.all(catalog.map((c) => loadLesson(c.slug)));
    expect(catalog.filter((_, i) => loaded[i] === undefined).map((c) => c.slug)).toEqual([]);
  });
});
