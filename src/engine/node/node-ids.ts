// The node's random identities (boot ID, machine ID, system UUID) and container IDs, drawn as hex
// from the node's own rng stream so that adding a node does not shift any other node's draws.
import type { ComponentContext } from '../cluster/component';

/** `chars` lowercase hex digits from `stream`. */
export function hex(ctx: ComponentContext, stream: string, chars: number): string {
  let s = '';
  while (s.length < chars) s += ctx.rng.nextUint32(stream).toString(16).padStart(8, '0');
  return s.slice(0, chars);
}

/** 32 hex digits laid out as a UUID (8-4-4-4-12), as /proc/sys/kernel/random/boot_id shows it. */
export function uuidFrom(h: string): string {
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
