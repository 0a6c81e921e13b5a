// A riser whose node is not Ready: the lights go out over it, with the words (under the signs,
// when the signs reach the middle) and the node's troubled conditions, wrapped and, where one
// condition is longer than the riser is wide, squeezed to fit.
import type { Box } from './geometry';
import { fitText, wrap } from './wrap';

/**
 * Squeezes a bold line (DejaVu Sans Bold is about 0.66 em a character) that would overflow
 * `width`; a single long word ("MemoryPressure=Unknown,") cannot wrap.
 */
function fitBold(text: string, fs: number, width: number): { textLength?: number; lengthAdjust?: 'spacingAndGlyphs' } {
  return text.length * fs * 0.66 > width ? { textLength: Math.max(1, width), lengthAdjust: 'spacingAndGlyphs' } : {};
}

export function RiserLightsOut({
  box,
  gone,
  conditions,
  y,
  fs,
  condFs,
}: {
  box: Box;
  gone?: boolean;
  conditions: readonly string[];
  /** The words' baseline. */
  y: number;
  fs: number;
  condFs: number;
}) {
  return (
    <g className="riser__lights-out">
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={Math.min(14, box.h * 0.08)} />
      <text x={box.x + box.w / 2} y={y} textAnchor="middle" fontSize={fs} {...fitText('Lights out: the node is not Ready', fs, box.w - 12)}>
        {gone ? 'Node deleted: these pods have no stage' : 'Lights out: the node is not Ready'}
      </text>
      {conditions.length > 0 && (
        <text x={box.x + box.w / 2} y={y + fs * 1.25} textAnchor="middle" fontSize={condFs} className="riser__conditions">
          {wrap(`Conditions: ${conditions.join(', ')}`, Math.max(10, Math.floor((box.w - 16) / (condFs * 0.56))), 4).map((l, i, lines) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a wrapped line's index is its place.
            <tspan key={i} x={box.x + box.w / 2} dy={i === 0 ? 0 : condFs * 1.2} {...fitBold(l, condFs, box.w - 12)}>
              {i < lines.length - 1 ? `${l} ` : l}
            </tspan>
          ))}
        </text>
      )}
    </g>
  );
}
