// The image catalogue: every repository the simulated registries serve, by category, indexed by
// fully qualified repository name. An image that is not here does not exist (the pull fails with
// the registry's real error).
import { BASE } from './base';
import { DATA } from './data';
import { RUNTIMES } from './runtimes';
import { SAMPLES } from './samples';
import type { CatalogueEntry } from './types';
import { WEB } from './web';

export type { CatalogueEntry, ImageProfile, ProgramName } from './types';

export const CATALOGUE: ReadonlyMap<string, CatalogueEntry> = new Map([...WEB, ...DATA, ...RUNTIMES, ...BASE, ...SAMPLES].map((e) => [e.repo, e]));
