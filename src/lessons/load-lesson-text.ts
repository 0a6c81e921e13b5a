// A lesson's words in another language (content/<lang>/<slug>.ts), laid over the English by
// translateLesson. Imported by load-lesson.ts only on a page in another language, so the table of
// translation chunks below costs an English page nothing.
import { type LessonText, translateLesson } from './lesson-text';
import type { Lesson } from './types';

/** content/<lang>/<slug>.ts → its text, loaded on demand (a chunk per file). */
const translations = import.meta.glob<LessonText>('./content/{de,es}/*.ts', { import: 'text' });

/** A lesson's words in `lang`, if translated (undefined for English and for untranslated lessons). */
export async function loadLessonText(slug: string, lang: string): Promise<LessonText | undefined> {
  const key = `./content/${lang}/${slug}.ts`;
  return Object.hasOwn(translations, key) ? translations[key]() : undefined;
}

/** The lesson in `lang`; the English one when its translation is missing or fails to load. */
export async function translated(lesson: Lesson, lang: string): Promise<Lesson> {
  return translateLesson(lesson, await loadLessonText(lesson.slug, lang).catch(() => undefined));
}
