// Loads a language's UI messages on demand: a literal import() per language, so each is its own
// chunk and an English page fetches none. The lessons' translations load with each lesson
// (src/lessons/load-lesson.ts), not here.
import { type Messages, setLanguage } from './catalogue';

const loaders: Record<string, () => Promise<Messages>> = {
  de: () => import('./messages/de').then((m) => m.de),
  es: () => import('./messages/es').then((m) => m.es),
};

/** Makes `tag` the page's language, fetching its messages first (English needs none). */
export async function installLanguage(tag: string): Promise<void> {
  const load = Object.hasOwn(loaders, tag) ? loaders[tag] : undefined;
  setLanguage(tag, load ? await load() : {});
}
