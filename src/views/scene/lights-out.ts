// The words on a dark (NotReady) riser: "Lights out" and the node's troubled conditions, set in the
// band between the plate (and its signs) and the highest musician, so they never print over a
// musician's figure or name (issue 10). Where the band is too short for every condition, the last
// line that fits ends in an ellipsis and the whole sentence is the text's title (tooltip); the
// inspector's conditions table has them all. Pure.
import type { Node } from '../../engine';
import type { Mark } from './choreographer';
import type { Box } from './geometry';
import type { PlateType } from './plate-type';
import { signsUnderPlate } from './riser-signs';
import { FIGURE_H, type RiserPlan } from './seating';
import { wrap } from './wrap';

/** Bold sans-serif is wider than the 0.6 em a character the plain words are measured with. */
const BOLD_EM_PER_CHAR = 0.66;
/** Line pitch, in em. */
const LEADING = 1.2;

export interface LightsOutBand {
  /** The top of the free band: under the plate and the signs hung beneath it. */
  top: number;
  /** Its bottom: above the highest musician's head (and its posture mark). */
  bottom: number;
  /** The width the lines may take. */
  width: number;
}

export interface LightsOutWords {
  /** The baseline of the "Lights out" line. */
  y: number;
  /** The conditions' lines, one baseline every `pitch` under `y`. */
  lines: string[];
  pitch: number;
  /** The whole conditions sentence, when the lines cut it short. */
  title?: string;
}

export function lightsOutWords(band: LightsOutBand, lightsFs: number, condFs: number, conditions: readonly string[]): LightsOutWords {
  const pitch = condFs * LEADING;
  const sentence = conditions.length ? `Conditions: ${conditions.join(', ')}` : '';
  const room = Math.max(0, band.bottom - band.top - lightsFs * LEADING);
  const fit = Math.floor(room / pitch + 1e-9);
  const perLine = Math.max(8, Math.floor(band.width / (condFs * BOLD_EM_PER_CHAR)));
  const whole = sentence ? wrap(sentence, perLine, Number.MAX_SAFE_INTEGER) : [];
  const lines = whole.length <= fit ? whole : fit > 0 ? wrap(sentence, perLine, fit) : [];
  const height = lightsFs * LEADING + lines.length * pitch;
  // Centred in the band; a band too short for even the first line starts at its top.
  const top = band.top + Math.max(0, (band.bottom - band.top - height) / 2);
  return {
    y: top + lightsFs,
    lines,
    pitch,
    ...(lines.length < whole.length ? { title: sentence } : {}),
  };
}

/** A figure's posture mark (♪, ❄) stands this far above its head, in the figure's units. */
const MARK_ABOVE_HEAD = 14;

/**
 * The free band of a dark riser for its words: under the plate and the signs hung beneath it,
 * and above every drawn musician's head, so the words never cover a figure or its name.
 */
export function lightsBand(
  box: Box,
  plan: Pick<RiserPlan, 'plate'>,
  type: PlateType,
  node: Node | undefined,
  drawn: readonly { item: { mark: Mark } }[],
  /** Signs hung above the taints' (the missed-heartbeat count), in units. */
  above = 0,
): LightsOutBand {
  const top = plan.plate.y + plan.plate.h + 2 + above + signsUnderPlate(node) * type.sign * 1.45;
  let bottom = box.y + box.h - 6;
  for (const { item } of drawn) bottom = Math.min(bottom, item.mark.at.y - (FIGURE_H + MARK_ABOVE_HEAD) * item.mark.scale);
  return { top, bottom, width: box.w - 16 };
}
