// Where the podium's stations stand: a wide row for desktops and a taller arrangement for phones,
// where a 500-unit-wide drawing squeezed into 390 px would shrink its 12 px labels to 9 px.
import type { Station } from './podium-notes';

export interface PodiumLayout {
  viewBox: { width: number; height: number };
  /** Centre and width of each station's box (etcd's is taller: it holds the ledger). */
  pos: Record<Station, { x: number; y: number; w: number }>;
}

export const WIDE: PodiumLayout = {
  viewBox: { width: 500, height: 150 },
  pos: {
    you: { x: 50, y: 75, w: 90 },
    controllers: { x: 172, y: 28, w: 124 },
    scheduler: { x: 172, y: 122, w: 124 },
    api: { x: 300, y: 75, w: 100 },
    etcd: { x: 428, y: 28, w: 112 },
    kubelets: { x: 428, y: 122, w: 112 },
  },
};

/** Drawn about 1.1× on a 390 px phone: labels stay at 13 px or more. */
export const NARROW: PodiumLayout = {
  viewBox: { width: 320, height: 236 },
  pos: {
    you: { x: 160, y: 22, w: 120 },
    controllers: { x: 80, y: 84, w: 146 },
    etcd: { x: 246, y: 84, w: 132 },
    api: { x: 160, y: 148, w: 110 },
    scheduler: { x: 80, y: 212, w: 146 },
    kubelets: { x: 246, y: 212, w: 132 },
  },
};

/** The phone layout below this width of the viewport (CSS px). */
export const NARROW_BELOW = 640;

export function podiumLayout(viewportWidth: number): PodiumLayout {
  return viewportWidth < NARROW_BELOW ? NARROW : WIDE;
}
