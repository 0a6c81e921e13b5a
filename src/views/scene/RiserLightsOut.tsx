// A riser whose node is not Ready: the lights go out over it, with the words and the node's troubled
// conditions set in the band lights-out.ts measured (under the plate and its signs, above the
// highest musician), so they never print over a musician's figure or name. In the riser's trouble
// chunk (riser-trouble.ts): a hall of Ready nodes never draws it.
import type { Node } from '../../engine';
import { troubledConditions } from '../stage/node-capacity';
import type { Mark } from './choreographer';
import type { Box } from './geometry';
import { lightsBand, lightsOutWords } from './lights-out';
import type { PlateType } from './plate-type';
import type { RiserPlan } from './seating';
import { fitText } from './wrap';

/** A rounded rectangle as one closed subpath. */
function roundedRect(b: Box, r: number): string {
  return `M${b.x + r} ${b.y}h${b.w - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${b.h - 2 * r}a${r} ${r} 0 0 1 ${-r} ${r}h${-(b.w - 2 * r)}a${r} ${r} 0 0 1 ${-r} ${-r}v${-(b.h - 2 * r)}a${r} ${r} 0 0 1 ${r} ${-r}z`;
}

export function RiserLightsOut({
  box,
  plan,
  type,
  node,
  drawn,
  above,
  gone,
}: {
  box: Box;
  plan: Pick<RiserPlan, 'plate'>;
  type: PlateType;
  node: Node | undefined;
  /** The riser's drawn musicians: the words stay above their heads. */
  drawn: readonly { item: { mark: Mark } }[];
  /** Signs hung above the taints' (the missed-heartbeat count), in units. */
  above: number;
  gone?: boolean;
}) {
  const fs = type.sign;
  const condFs = type.sign;
  const conditions = node ? troubledConditions(node) : [];
  const lights = lightsOutWords(lightsBand(box, plan, type, node, drawn, above), fs, condFs, conditions);
  return (
    <g className="riser__lights-out">
      {/* The whole riser but its name plate: the plate stays lit, so the node's name and its
          STATUS read as clearly as on a lit riser (and it stays the node's button). */}
      <path d={`${roundedRect(box, Math.min(14, box.h * 0.08))}${roundedRect(plan.plate, 4)}`} fillRule="evenodd" />
      <text
        x={box.x + box.w / 2}
        y={lights.y}
        textAnchor="middle"
        fontSize={fs}
        {...fitText('Lights out: the node is not Ready', fs, box.w - 12)}
      >
        {/* No room for a single line of conditions (signs fill the band): they stay readable as its title. */}
        {lights.title && lights.lines.length === 0 && <title>{lights.title}</title>}
        {gone ? 'Node deleted: these pods have no stage' : 'Lights out: the node is not Ready'}
      </text>
      {lights.lines.length > 0 && (
        <text x={box.x + box.w / 2} y={lights.y + lights.pitch} textAnchor="middle" fontSize={condFs} className="riser__conditions">
          {lights.title && <title>{lights.title}</title>}
          {lights.lines.map((l, i, lines) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a wrapped line's index is its place.
            <tspan key={i} x={box.x + box.w / 2} dy={i === 0 ? 0 : lights.pitch}>
              {i < lines.length - 1 ? `${l} ` : l}
            </tspan>
          ))}
        </text>
      )}
    </g>
  );
}
