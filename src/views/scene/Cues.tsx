// The riser's spotlight when a podium note reaches or leaves its node's kubelet or kube-proxy,
// with what the note carried. Drawn in the scene's overlay (Scene.tsx), not in the riser: a cue
// comes and goes several times a second, and a change inside the hall's SVG repaints all of it.
import { memo } from 'react';
import { useStageCue } from '../stage/stage-cues';
import type { Box, Orientation, SceneLayout } from './geometry';
import { cueWords } from './cue-words';
import { plateType } from './plate-type';
import { TYPE } from './type-scale';

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
  // musicians' names at the front): wrapped, generated names shortened, never squeezed (cue-words.ts).
  const type = plateType(orientation, box);
  const fs = type.small;
  // A crowd of risers shrinks their words below the hall's smallest (11 px in a course frame): the spotlight alone there.
  const lines = cueWords(cue.text, fs, box.w - 16, TYPE.landscape.small);
  const y = box.y + type.plateH + fs * 1.6;
  return (
    <g key={cue.id} className="riser__cue">
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={Math.min(14, box.h * 0.08)} className="riser__spotlight" />
      {lines.length > 0 && (
        <text
          x={box.x + 8}
          y={y}
          style={{ fontSize: fs }}
          className="riser__cue-text"
          data-node={name}
          // The whole cue (the words drawn shorten generated names and wrap).
          data-cue={cue.text}
        >
          {lines.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a wrapped line's index is its place.
            <tspan key={i} x={box.x + 8} dy={i === 0 ? 0 : fs * 1.2}>
              {l}
            </tspan>
          ))}
        </text>
      )}
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
