// Where the podium's cast stands inside the podium's box, and the fixed cue lines notes travel on:
// the stage manager at the door (API server) in the middle, the conductor above, the seating chart
// (scheduler) and the stage crew (controller manager) either side of the conductor, you (kubectl)
// arriving from the left, the historian (etcd) on the right with her ledger open beside her. Every line runs through
// the stage manager, as every request goes through the API server. Lines to a kubelet end at the top
// of its node's riser; a node with no riser drawn (counted in a crowd) falls back to the podium's
// "Kubelets" post at the bottom centre. Pure.
import { type Box, type Point, type SceneLayout, topCentre } from '../geometry';
import type { Station } from '../../stage/podium-notes';

/** Stations as fractions of the podium box: a wide box (landscape) … */
const WIDE: Record<Station | 'conductor', Point> = {
  conductor: { x: 0.5, y: 0.24 },
  scheduler: { x: 0.27, y: 0.3 },
  controllers: { x: 0.73, y: 0.3 },
  you: { x: 0.08, y: 0.66 },
  api: { x: 0.5, y: 0.66 },
  etcd: { x: 0.74, y: 0.66 },
  kubelets: { x: 0.6, y: 0.93 },
};

/** … and a narrow one (portrait): the same order, in three rows. */
const NARROW: Record<Station | 'conductor', Point> = {
  conductor: { x: 0.5, y: 0.17 },
  scheduler: { x: 0.2, y: 0.2 },
  controllers: { x: 0.8, y: 0.2 },
  you: { x: 0.12, y: 0.58 },
  api: { x: 0.45, y: 0.58 },
  etcd: { x: 0.72, y: 0.58 },
  kubelets: { x: 0.3, y: 0.94 },
};

/**
 * … and the landscape hall's (layout.ts): two rows under a caption strip, each station's two-line
 * label under it at the hall's type size (type-scale.ts), the historian's ledger at the right of
 * the lower row. The Kubelets post stands unlabelled at the bottom: in this hall every kubelet's
 * line ends on its own riser, which is named, and the post only catches nodes counted in a crowd.
 */
const HALL: Record<Station | 'conductor', Point> = {
  // Centred on their labels, which are of unequal widths ("controller manager" is the widest).
  scheduler: { x: 0.165, y: 0.255 },
  conductor: { x: 0.475, y: 0.255 },
  controllers: { x: 0.8, y: 0.255 },
  you: { x: 0.065, y: 0.67 },
  api: { x: 0.285, y: 0.67 },
  etcd: { x: 0.555, y: 0.67 },
  kubelets: { x: 0.425, y: 0.97 },
};

/** Where the hall's ledger starts, as a fraction of the box's width. */
const HALL_LEDGER_X = 0.67;

/**
 * … and the phone's hall (layout.ts PORTRAIT, 400 × 138): the same two rows at the phone's type
 * size, the labels packed edge to edge ("Stage manager:" is the widest), the ledger on the right of
 * the lower row. The Kubelets post is not drawn there (PodiumLayer): every kubelet is a riser.
 */
const PHONE: Record<Station | 'conductor', Point> = {
  scheduler: { x: 0.16, y: 0.3 },
  conductor: { x: 0.5, y: 0.3 },
  controllers: { x: 0.82, y: 0.3 },
  you: { x: 0.065, y: 0.72 },
  api: { x: 0.3, y: 0.72 },
  etcd: { x: 0.58, y: 0.72 },
  kubelets: { x: 0.45, y: 0.97 },
};
const PHONE_LEDGER_X = 0.705;

/** Below this width-to-height ratio the podium uses the narrow arrangement. */
export const NARROW_RATIO = 1.8;

export type CastMember = Station | 'conductor';

export interface PodiumGeometry {
  /** Where each member stands (feet), in viewBox units. */
  at: Record<CastMember, Point>;
  /** Scale for the figures, drawn in a 40-unit-tall frame. */
  scale: number;
  /** The narrow (portrait) arrangement: the ledger hangs from the box's right edge. */
  narrow: boolean;
  /** Where the ledger's lines start (wide: beside the historian) or end (narrow: at the right edge). */
  ledger: Point;
  /** The landscape hall's arrangement: words at the hall's type size, a caption strip on top. */
  hall: boolean;
  /** The phone's hall: the hall's arrangement at the portrait type size. */
  phone?: boolean;
}

/**
 * `hall`: the landscape hall's arrangement (PodiumLayer passes it for a landscape SceneLayout), or
 * `phone`: the portrait hall's (words at the phone's type size, the same label setting).
 */
export function podiumGeometry(box: Box, hall: boolean | 'phone' = false): PodiumGeometry {
  const at = {} as Record<CastMember, Point>;
  if (hall === 'phone') {
    for (const [k, f] of Object.entries(PHONE) as [CastMember, Point][]) at[k] = { x: box.x + f.x * box.w, y: box.y + f.y * box.h };
    // A figure about 26 units tall; its ledger level with the historian's head.
    const scale = 0.55;
    return { at, scale, narrow: false, ledger: { x: box.x + PHONE_LEDGER_X * box.w, y: at.etcd.y - 6 }, hall: true, phone: true };
  }
  const narrow = !hall && box.w / box.h < NARROW_RATIO;
  for (const [k, f] of Object.entries(hall ? HALL : narrow ? NARROW : WIDE) as [CastMember, Point][])
    at[k] = { x: box.x + f.x * box.w, y: box.y + f.y * box.h };
  if (hall) {
    // A figure (about 40 units in its own frame) is an eighth of the box's height; the labels take the rest.
    const scale = Math.max(0.4, Math.min(box.h / 240, box.w / 630, 2));
    // The ledger's head is level with the historian's feet: above, it ran into the stage crew's label.
    return { at, scale, narrow: false, ledger: { x: box.x + HALL_LEDGER_X * box.w, y: at.etcd.y + 4 * scale }, hall };
  }
  // A figure with its two-line label is about 65 units tall and 90 wide: fit three rows and
  // (wide) seven or (narrow) four columns.
  const scale = Math.max(0.4, Math.min(box.h / (narrow ? 2.6 : 3) / 40, box.w / (narrow ? 4 : 7) / 90, 2));
  const ledger = narrow
    ? { x: box.x + box.w - 4 * scale, y: at.etcd.y + 46 * scale }
    : { x: at.etcd.x + 30 * scale, y: at.etcd.y - 16 * scale };
  return { at, scale, narrow, ledger, hall };
}

/** A cue line: from one point to another, straight. */
export interface CueLine {
  a: Point;
  b: Point;
  /** The node, for lines to or from a kubelet or kube-proxy. */
  node?: string;
}

/** Where a kubelet's cue line ends: the top of its node's riser, else the podium's Kubelets post. */
export function kubeletPoint(geo: PodiumGeometry, layout: Pick<SceneLayout, 'risers'>, node: string | undefined): Point {
  const riser = node ? layout.risers.get(node) : undefined;
  return riser ? topCentre(riser) : geo.at.kubelets;
}

/**
 * The lines a note travels: one per node it concerns (a watch reaching three kubelets is three
 * notes leaving together), else one between its two stations.
 */
export function cueLines(
  geo: PodiumGeometry,
  layout: Pick<SceneLayout, 'risers'>,
  note: { from: Station; to: Station; nodes?: readonly string[] },
): CueLine[] {
  const end = (s: Station, node?: string) => (s === 'kubelets' ? kubeletPoint(geo, layout, node) : geo.at[s]);
  const nodes = note.nodes?.length ? note.nodes : [undefined];
  return nodes.map((node) => {
    const line: CueLine = { a: end(note.from, node), b: end(note.to, node) };
    if (node) line.node = node;
    return line;
  });
}

export function along(line: CueLine, t: number): Point {
  return { x: line.a.x + (line.b.x - line.a.x) * t, y: line.a.y + (line.b.y - line.a.y) * t };
}
