// The bounds of a lesson written in the builder and read back from a link or a file. A lesson
// from a link is untrusted data: every list and string is capped so a link can neither freeze the
// page nor fill it. Numbers chosen far above a real lesson (the 15 shipped ones: ≤ 8 steps,
// ≤ 3 hints, ≤ 4 options, narration ≤ 400 characters, budgets ≤ 10 minutes).

/** The format of `AuthoredLesson.v`; bumped only when old lessons could no longer be read. */
export const AUTHORED_FORMAT = 1;
export const MAX_STEPS = 20;
export const MAX_HINTS = 10;
export const MAX_OPTIONS = 6;
export const MAX_ACTIONS = 50;
export const MAX_INJECTIONS = 10;
export const MAX_LANGS = 8;
/** Characters in one text (per language). */
export const MAX_TEXT_CHARS = 2_000;
export const MAX_LINE_CHARS = 2_000;
export const MAX_STDIN_CHARS = 20_000;
/** Virtual time a lesson's solution may take (and the latest timed injection). */
export const MAX_BUDGET_MS = 30 * 60_000;
/** Serialized size of a whole lesson, checked before any field (the link's JSON after unpacking). */
export const MAX_LESSON_BYTES = 64_000;
export const MAX_LESSON_TEXT = '64 kB';
/** Wall-clock time the headless solution check may use before it gives up (as share replays: 5 s). */
export const CHECK_WALL_BUDGET_MS = 5_000;
