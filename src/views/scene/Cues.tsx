// The riser's spotlight when a podium note reaches or leaves its node's kubelet or kube-proxy,
// with what the note carried. Drawn in the scene's overlay (Scene.tsx), not in the riser: a cue
// comes and goes several times a second, and a change inside the hall's SVG repaints all of it.
import { memo } from 'react';
import { useStageCue } from '../stage/stage-cues';
import type { Box, SceneLayout } from './geometry';
import { fitText } from './wrap';

const RiserCue = memo(function RiserCue({ name, box }: { name: string; box: Box }) {
  const cue = useStageCue(name);
  if (!cue) return null;
  const fs = Math.max(7, Math.min(14, box.h * 0.035));
  return (
    <g key={cue.id} className="riser__cue">
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={Math.min(14, box.h * 0.08)} className="riser__spotlight" />
      <text
        x={box.x + 8}
        y={box.y + box.h - 8}
        fontSize={fs}
        className="riser__cue-text"
        data-node={name}
        {...fitText(cue.text, fs, box.w - 16)}
      >
        {cue.text}
      </text>
    </g>
  );
});

export function Cues({ layout }: { layout: SceneLayout }) {
  return (
    <g className="scene__cues">
      {[...layout.risers].map(([name, box]) => (
        <RiserCue key={name} name={name} box={box} />
      ))}
    </g>
  );
}
