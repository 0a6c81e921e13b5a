// What every layer of the scene shares: the fixed layout, the live positions and the one
// choreographer that walks musicians (see choreographer.ts). Provided by Scene.tsx.
import { createContext, useContext } from 'react';
import type { Choreographer } from './choreographer';
import type { Point, SceneLayout, ScenePositions } from './geometry';
import { wingsDoor } from './wings-plan';

export interface SceneShared {
  layout: SceneLayout;
  positions: ScenePositions;
  choreographer: Choreographer;
  /** The wings' door: newcomers come on from here, leavers walk off to here. */
  door: Point;
}

export const SceneContext = createContext<SceneShared | null>(null);

export function useScene(): SceneShared {
  const s = useContext(SceneContext);
  if (!s) throw new Error('scene layers render inside <Scene>');
  return s;
}

/** The door of the wings (Wings.tsx draws it): in the row of waiting musicians (landscape), at their inner edge (portrait). */
export function doorOf(layout: SceneLayout): Point {
  return wingsDoor(layout);
}
