// Frame keys, shared by the entry (main.tsx) and the build-time generator without pulling either's
// imports: `sample` is home's and ?sandbox's frame; each lesson's frame is keyed by its slug.
export const SAMPLE_FRAME = 'sample';

/**
 * The frame the address most likely opens on, from the query alone (no catalog yet), so its chunk
 * is fetched alongside the App's; openingFor() (opening-route.ts) decides for real.
 */
export function likelyFrame(search: string): string {
  return new URLSearchParams(search).get('lesson') ?? SAMPLE_FRAME;
}
