// Placeholder until the podium helper's layer lands (it overwrites this file): today's podium
// (src/views/stage/Podium.tsx, HTML) inside the scene's podium box, so nothing is lost meanwhile.
import { Podium } from '../../stage/Podium';
import type { SceneLayout, ScenePositions } from '../geometry';

export function PodiumLayer({ layout }: { layout: SceneLayout; positions: ScenePositions }) {
  const b = layout.podium;
  return (
    <foreignObject x={b.x} y={b.y} width={b.w} height={b.h} className="scene__podium-slot">
      <Podium />
    </foreignObject>
  );
}
