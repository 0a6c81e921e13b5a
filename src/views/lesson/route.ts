// Which page the URL asks for (ui-contract.md): home, ?sandbox, ?lesson=<slug> (optionally
// &embed=1 and &origin=), and #share=<code>. Pure, so main.tsx stays thin and this is tested;
// URL text only ever reaches the page as plain text in a notice, truncated.
export interface EmbedParamsLike {
  lesson?: string;
  embed: boolean;
  sandbox: boolean;
  build?: boolean;
  origin?: string;
  notices: string[];
}

export type RouteMode = 'home' | 'sandbox' | 'lesson';

export interface Route {
  mode: RouteMode;
  lesson?: string;
  embed: boolean;
  /** `?build`: the sandbox with the lesson builder as its panel (src/views/builder). */
  build?: boolean;
  origin?: string;
  /** The fragment without '#' when it carries a share link (`share=…`). */
  share?: string;
  /** The fragment without '#' when it carries a teacher's lesson (`lesson=1.…`, lesson-link.ts). */
  authored?: string;
  notices: string[];
}

const MAX_SLUG_IN_NOTICE = 40;

export function unknownLessonNotice(raw: string): string {
  const shown = raw.length > MAX_SLUG_IN_NOTICE ? `${raw.slice(0, MAX_SLUG_IN_NOTICE)}…` : raw;
  return `No lesson named "${shown}".`;
}

export function routeOf(hash: string, params: EmbedParamsLike, knownSlugs: readonly string[]): Route {
  const fragment = hash.replace(/^#/, '');
  const share = fragment.startsWith('share=') ? fragment : undefined;
  const authored = fragment.startsWith('lesson=') ? fragment : undefined;
  const notices = [...params.notices];
  let lesson: string | undefined;
  // A slug of the wrong shape already has readEmbedParams' notice; a well-formed unknown one gets ours.
  if (params.lesson !== undefined) {
    if (knownSlugs.includes(params.lesson)) lesson = params.lesson;
    // A teacher's lesson names itself in the fragment; the address's ?lesson=<slug> is only a label.
    else if (!authored) notices.push(unknownLessonNotice(params.lesson));
  }
  // A teacher's lesson is decoded by boot.ts, which falls back to home when the link is refused.
  const mode: RouteMode = lesson || authored ? 'lesson' : params.sandbox ? 'sandbox' : 'home';
  return {
    mode,
    ...(lesson ? { lesson } : {}),
    // Embedding only makes sense around a lesson; an unknown one falls back to the full home page.
    embed: mode === 'lesson' && params.embed,
    ...(mode === 'sandbox' && params.build ? { build: true } : {}),
    ...(params.origin ? { origin: params.origin } : {}),
    ...(share ? { share } : {}),
    ...(authored ? { authored } : {}),
    notices,
  };
}
