// Frame keys and the entry's guesses from the address, shared by the entry (main.tsx), the build-time
// generator and index.html's preload hints (scripts/first-screen-preload-plugin.ts) without pulling
// anyone's imports: `sample` is home's and ?sandbox's frame; each lesson's frame is keyed by its slug.
export const SAMPLE_FRAME = 'sample';

/**
 * The frame the address most likely opens on, from the query alone (no catalog yet), so its chunk
 * is fetched alongside the App's; openingFor() (opening-route.ts) decides for real.
 */
export function likelyFrame(search: string): string {
  return new URLSearchParams(search).get('lesson') ?? SAMPLE_FRAME;
}

/**
 * A guess from the address alone, so the page's own panel chunk is fetched alongside the boot
 * chunk instead of after it: a lesson (or a share link, which may name one) gets the lesson
 * panel, home the lesson picker. boot() decides for real; a wrong guess costs one small chunk
 * fetched for nothing, or one fetched late.
 */
export function guessPanel(search: string, hash: string): 'lesson' | 'picker' | undefined {
  const params = new URLSearchParams(search);
  if (params.has('lesson') || hash.startsWith('#share=')) return 'lesson';
  return params.has('sandbox') || params.has('build') ? undefined : 'picker';
}
