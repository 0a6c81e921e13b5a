// The language a learner picked with the picker, kept in localStorage so the next page (a lesson
// link, "All lessons") stays in it without `?lang=` in every address. Read before the browser's own
// preferences; a `?lang=` in the address still wins. Storage that throws (a sandboxed frame,
// privacy modes) just means no stored choice.

const KEY = 'podchestra-language';

type StorageHost = { localStorage?: Storage };

function storage(host: StorageHost): Storage | undefined {
  try {
    return host.localStorage;
  } catch {
    return undefined;
  }
}

/** The stored choice as a one-element list (to put before navigator.languages), or none. */
export function storedLanguage(host: StorageHost): string[] {
  try {
    const tag = storage(host)?.getItem(KEY);
    return tag ? [tag] : [];
  } catch {
    return [];
  }
}

export function storeLanguage(host: StorageHost, tag: string): void {
  try {
    storage(host)?.setItem(KEY, tag);
  } catch {
    // Not stored: the address's ?lang= still carries the choice for this page.
  }
}
