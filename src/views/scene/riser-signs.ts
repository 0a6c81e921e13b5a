// The words on a riser's signs: a taint written short in the landscape hall (a riser is a few
// hundred units wide), the whole taint kept as the sign's title. Pure.
import type { Node } from '../../engine';

/** The cordon's own taint: the rope says it, so the landscape hall draws no second sign for it. */
export const CORDON_TAINT = 'node.kubernetes.io/unschedulable';

/**
 * A taint's words on its sign. The landscape hall writes the key's last segment; the whole taint is
 * the sign's title (its accessible name and tooltip).
 */
export function taintWords(t: { key: string; value?: string; effect: string }, short: boolean): string {
  const key = short ? (t.key.split('/').pop() ?? t.key) : t.key;
  return `⚠ ${short ? '' : 'taint '}${key}${t.value ? `=${t.value}` : ''}:${t.effect}`;
}

/** How many signs hang under the plate in the landscape hall (the cordon's taint is the rope's). */
export function signsUnderPlate(node: Node | undefined): number {
  const rope = !!node?.spec?.unschedulable;
  return (node?.spec?.taints ?? []).filter((t) => !(rope && t.key === CORDON_TAINT)).length;
}
