// Sizes of the podium's words, shared by the stations, the ledger and the notes (PodiumLayer.tsx,
// PodiumNotes.tsx).
import type { PodiumGeometry } from './stations';
import type { LabelSetting } from './podium-obstacles';
import { TYPE } from '../type-scale';

/**
 * Sizes of the podium's words. Station labels, the ledger and the notes' words are drawn inside
 * groups scaled by `geo.scale`, so they are given in the figures' own units; the caption and the
 * counts in viewBox units. The landscape hall sets them from its type scale; otherwise they are
 * the sizes the podium always had (portrait).
 */
export interface PodiumWords {
  label: number;
  ledger: number;
  note: number;
  caption: number;
  counts: number;
}

export function wordsFor(geo: PodiumGeometry): PodiumWords {
  const s = geo.scale;
  if (!geo.hall) return { label: 9, ledger: 8, note: 9, caption: 10 * s, counts: 11 * s };
  const small = TYPE[geo.phone ? 'portrait' : 'landscape'].small;
  return { label: small / s, ledger: small / s, note: small / s, caption: small, counts: small };
}

/** How the stations' labels are set (in the figures' units): StationLabel draws them so, and the counts keep clear of them. */
export function labelSetting(geo: PodiumGeometry, words: PodiumWords): LabelSetting {
  const fs = words.label;
  return geo.hall ? { fs, firstY: 16 + fs * 0.95, pitch: fs * 1.15, unlabelled: ['kubelets'] } : { fs, firstY: 28, pitch: 10 };
}
