// Placeholder until the podium helper's front of house lands (it overwrites this file): the floor
// in front of the risers. The marquees are still drawn above the scene by App.tsx meanwhile
// (rendering them here too would name every Service twice).
import type { SceneLayout, ScenePositions } from '../geometry';

export function FrontLayer({ layout }: { layout: SceneLayout; positions: ScenePositions }) {
  const b = layout.front;
  return <rect x={b.x} y={b.y} width={b.w} height={b.h} className="scene__front-slot" />;
}
