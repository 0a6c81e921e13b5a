// Embedding's URL parameters (`?lesson=…&embed=1&origin=…`, `?sandbox`, `?build`), read by the
// first screen (opening-route.ts) as well as by boot; the postMessage bridge that uses them is in
// protocol.ts, which only a lesson's boot fetches. The URL is untrusted: a bad origin means no
// messaging at all, with a notice saying why.

export const LESSON_SLUG = /^[a-z0-9-]{1,40}$/;

export interface EmbedParams {
  lesson?: string;
  embed: boolean;
  sandbox: boolean;
  /** `?build`: the lesson builder beside a sandbox (issue 14); implies `sandbox`. */
  build?: true;
  /** The parent's origin (`https://course.example`), when given and valid. */
  origin?: string;
  /** Plain words for the page about parameters that were ignored (never echo their text). */
  notices: string[];
}

/** `https://host[:port]` exactly as `URL.origin` writes it, or undefined. */
export function parseOrigin(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // Equality with URL.origin rules out paths, queries, credentials, trailing slashes and spellings
  // a browser would normalise (case, default ports): event.origin is compared to it byte for byte.
  return url.origin === text ? text : undefined;
}

const flag = (params: URLSearchParams, name: string): boolean => {
  const v = params.get(name);
  return v !== null && v !== '0' && v !== 'false';
};

export function readEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const build = flag(params, 'build');
  const out: EmbedParams = {
    embed: flag(params, 'embed'),
    sandbox: build || flag(params, 'sandbox'),
    ...(build ? { build } : {}),
    notices,
  };
  const lesson = params.get('lesson');
  if (lesson !== null) {
    if (LESSON_SLUG.test(lesson)) out.lesson = lesson;
    else notices.push('The lesson name in the address is not valid (lowercase letters, digits and dashes only), so no lesson was opened.');
  }
  const origin = params.get('origin');
  if (origin !== null) {
    const parsed = parseOrigin(origin);
    if (parsed) out.origin = parsed;
    else
      notices.push(
        'The origin in the address is not a web origin such as https://course.example, so this page will not talk to the page around it.',
      );
  }
  return out;
}
