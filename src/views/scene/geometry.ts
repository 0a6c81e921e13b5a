// The concert hall's fixed geography (issue 10): one SVG with a fixed viewBox, split into named
// areas. Updates never re-lay it out; only characters move. This file is the contract between the
// parts of the scene: the risers, wings and musicians (Scene.tsx and its layers) and the podium and
// front of house (podium/, front/), each drawn inside the box it is given here.
//
// Units are viewBox units. `sceneLayout` is pure: same inputs, same boxes.

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Orientation = 'landscape' | 'portrait';

export interface SceneLayout {
  orientation: Orientation;
  /** The whole scene: `0 0 w h`. */
  viewBox: Box;
  /** The conductor's podium (control plane) at the top centre. */
  podium: Box;
  /** One riser per node, in the order given (a crowd of risers shrinks, never moves others). */
  risers: ReadonlyMap<string, Box>;
  /** Where Pending musicians wait (the side of the hall). */
  wings: Box;
  /** The front entrance: a marquee per Service, the traffic cop, the audience. */
  front: Box;
  /** The band manager's desk (ConfigMaps and Secrets) and the safe (PersistentVolumes). */
  desk: Box;
  safe: Box;
}

export function centre(b: Box): Point {
  return { x: b.x + b.w / 2, y: b.y + b.h / 2 };
}

export function topCentre(b: Box): Point {
  return { x: b.x + b.w / 2, y: b.y };
}

export function contains(b: Box, p: Point): boolean {
  return p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h;
}

/**
 * Live positions of what moves, written by the scene's animation loop (never through React) and
 * read by other layers' loops: the front's audience walks to a musician's current position, the
 * safe's line follows a musician walking on. Positions are in viewBox units.
 */
export interface ScenePositions {
  /** Where a pod's musician is drawn now (undefined if not drawn, e.g. counted in a crowd). */
  pod(name: string): Point | undefined;
  set(name: string, p: Point | undefined): void;
}

export function createScenePositions(): ScenePositions {
  const at = new Map<string, Point>();
  return {
    pod: (name) => at.get(name),
    set(name, p) {
      if (p) at.set(name, p);
      else at.delete(name);
    },
  };
}
