// The riser's spotlight when a podium note reaches or leaves its node's kubelet or kube-proxy,
// with what the note carried. Drawn in the scene's overlay (Scene.tsx), not in the riser: a cue
// comes and goes several times a second, and a change inside the hall's SVG repaints all of it.
import { memo } from 'react';
import { useStageCue } from '../stage/stage-cues';
import type { Box, Orientation, SceneLayout } from './geometry';
import { shortName } from './podium/ledger';
import { plateType } from './plate-type';
import { fitText } from './wrap';

const RiserCue = memo(function RiserCue({ name, box, orientation }: { name: string; box: Box; orientation: Orientation }) {
  const cue = useStageCue(name);
  if (!cue) return null;
  // A phone's riser is too narrow for the cue's words at the phone's type size: the spotlight alone
  // there (the podium's caption and its live sentence say what the note carried).
  if (orientation === 'portrait')
    return (
      <g key={cue.id} className="riser__cue">
        <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={Math.min(14, box.h * 0.08)} className="riser__spotlight" />
      </g>
    );
  // The landscape hall writes the cue at its type size just under the name plate (clear of the
  // musicians' names at the front), generated names shortened; portrait as before, along the front.
  const hall = orientation === 'landscape';
  const type = hall ? plateType(orientation, box) : undefined;
  const fs = type ? type.small : Math.max(7, Math.min(14, box.h * 0.035));
  const text = hall
    ? cue.text
        .split(' ')
        .map((w) => shortName(w, 16))
        .join(' ')
    : cue.text;
  const y = type ? box.y + type.plateH + fs * 1.6 : box.y + box.h - 8;
  return (
    <g key={cue.id} className="riser__cue">
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={Math.min(14, box.h * 0.08)} className="riser__spotlight" />
      <text
        x={box.x + 8}
        y={y}
        style={hall ? { fontSize: fs } : undefined}
        fontSize={fs}
        className="riser__cue-text"
        data-node={name}
        // The whole cue (the words drawn may shorten generated names).
        data-cue={cue.text}
        {...fitText(text, fs, box.w - 16)}
      >
        {text}
      </text>
    </g>
  );
});

export function Cues({ layout }: { layout: SceneLayout }) {
  return (
    <g className="scene__cues">
      {[...layout.risers].map(([name, box]) => (
        <RiserCue key={name} name={name} box={box} orientation={layout.orientation} />
      ))}
    </g>
  );
}
