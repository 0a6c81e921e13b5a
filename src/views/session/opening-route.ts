// Which addresses open on the build's precomputed frame (opening-frame.ts): home and ?sandbox on
// the default seed (absent, or named explicitly), with no lesson and no share link. Every other
// address boots its own cluster first. Kept apart from opening-session.ts: the entry carries this.
import { DEFAULT_SEED, seedFromSearch } from '../seed';

export function opensOnFrame(search: string, hash: string): 'home' | 'sandbox' | undefined {
  if (hash !== '' && hash !== '#') return undefined;
  const params = new URLSearchParams(search);
  if (params.has('lesson') || params.has('embed')) return undefined;
  const seed = seedFromSearch(search);
  if (seed.seed !== DEFAULT_SEED || seed.notice) return undefined;
  return params.has('sandbox') ? 'sandbox' : 'home';
}
