// Embedding in a course page: the URL parameters (`?lesson=…&embed=1&origin=…`, `?sandbox`) and
// the postMessage bridge to the parent window. Messages go only to the parent's declared origin
// (never '*') and only well-formed messages from exactly that origin are accepted: the URL is
// untrusted, so a bad origin means no messaging at all, with a notice saying why.

// The URL's parameters are their own module (params.ts): the first screen reads them, the bridge
// is only fetched by a lesson's boot.
import { LESSON_SLUG, parseOrigin } from './params';

export { type EmbedParams, LESSON_SLUG, parseOrigin, readEmbedParams } from './params';

export type OutgoingType = 'ready' | 'step' | 'complete';

export interface OutgoingMessage {
  source: 'podchestra';
  type: OutgoingType;
  lesson: string;
  step?: number;
  score?: { availability: number; commands: number };
}

/** What a parent may send in. */
export type IncomingMessage = { type: 'start'; lesson: string } | { type: 'reset' };

export interface MessageEventLike {
  origin: string;
  data: unknown;
  source?: unknown;
}

export interface EmbedBridgeOptions {
  /** The parent window (`window.parent`). */
  target: { postMessage(message: unknown, targetOrigin: string): void };
  /** Where message events arrive (`window`). */
  listen: {
    addEventListener(type: 'message', handler: (event: MessageEventLike) => void): void;
    removeEventListener(type: 'message', handler: (event: MessageEventLike) => void): void;
  };
  /** The parent's origin from readEmbedParams; anything else makes the bridge silent. */
  origin: string;
  onStart(lesson: string): void;
  onReset(): void;
}

export interface EmbedBridge {
  post(type: OutgoingType, lesson: string, step?: number, score?: { availability: number; commands: number }): void;
  dispose(): void;
}

/** Reads an incoming message's data; undefined for anything that is not exactly one of ours. */
export function readIncoming(data: unknown): IncomingMessage | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const d = data as Record<string, unknown>;
  if (d.type === 'reset') return { type: 'reset' };
  if (d.type === 'start' && typeof d.lesson === 'string' && LESSON_SLUG.test(d.lesson)) return { type: 'start', lesson: d.lesson };
  return undefined;
}

export function createEmbedBridge(options: EmbedBridgeOptions): EmbedBridge {
  const { target, listen, onStart, onReset } = options;
  const origin = parseOrigin(options.origin);
  if (!origin) return { post: () => undefined, dispose: () => undefined };
  let live = true;
  const handler = (event: MessageEventLike) => {
    if (!live || event.origin !== origin) return;
    // A same-origin sibling frame is not the parent: when the browser names the sender, it must be it.
    if (event.source !== undefined && event.source !== null && event.source !== target) return;
    const message = readIncoming(event.data);
    try {
      if (message?.type === 'start') onStart(message.lesson);
      else if (message?.type === 'reset') onReset();
    } catch {
      // A failing handler must not break the page's message handling; the page shows its own errors.
    }
  };
  listen.addEventListener('message', handler);
  return {
    post(type, lesson, step, score) {
      if (!live) return;
      const message: OutgoingMessage = { source: 'podchestra', type, lesson };
      if (step !== undefined) message.step = step;
      if (score !== undefined) message.score = { availability: score.availability, commands: score.commands };
      try {
        target.postMessage(message, origin);
      } catch {
        // The parent may have gone away; embedding must never break the lesson.
      }
    },
    dispose() {
      live = false;
      listen.removeEventListener('message', handler);
    },
  };
}
