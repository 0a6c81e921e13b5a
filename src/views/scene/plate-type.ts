// The sizes of a riser's words and of its name plate: landscape from the type scale (type-scale.ts),
// portrait (a phone) at the phone's own size; a crowd of risers shrinks its words with them. Pure.
import type { Box, Orientation } from './geometry';
import { TYPE } from './type-scale';

/** Sizes of a riser's words and its plate: landscape from the type scale, portrait as before. */
export interface PlateType {
  title: number;
  small: number;
  /** The plate's height: the title line and the capacity line under it. */
  plateH: number;
  /** Room a standing musician's name needs (planRiser hands places out that far apart first). */
  nameRoom: number;
  /** A musician's name, in viewBox units (undefined: the figure's own size). */
  name?: number;
  /** Signs (rope, taints), lights out and counts. */
  sign: number;
  /** The STATUS on a line of its own under the name, and no capacity line (the phone's narrow risers). */
  twoLines?: boolean;
}

export function plateType(orientation: Orientation, box: Box): PlateType {
  if (orientation === 'portrait') {
    // The phone's type size (type-scale.ts): the plate in two lines, the name over its STATUS (a
    // phone's riser is about 110 units wide); a crowd of risers shrinks its words with them.
    const k = Math.min(1, box.w / 100, box.h / 120);
    const { title, small } = TYPE.portrait;
    return {
      title: title * k,
      small: small * k,
      plateH: title * k * 1.25 + small * k * 1.3 + 4 * k,
      nameRoom: small * k * 3.4,
      // A name a size up: the busy phone hall (a wrapped surtitle, the wings' card) draws at about
      // 0.87 px a unit, where 12.5 units are 10.8 px; 13.25 keep names at 11 px or more.
      name: 13.25 * k,
      sign: small * k,
      twoLines: true,
    };
  }
  // Full size on risers as large as three nodes get; a crowd of risers shrinks its words with them.
  const k = Math.min(1, box.w / 240, box.h / 200);
  const { title, small } = TYPE.landscape;
  return {
    title: title * k,
    small: small * k,
    plateH: title * k * 1.3 + small * k * 1.3 + 6 * k,
    nameRoom: small * k * 3.4,
    name: small * k,
    sign: small * k,
  };
}
