// Every kubectl command we serve, in the order `kubectl --help` lists them.
// Each verb lives in its own file in this folder.
import type { Verb } from '../verb';
import { versionVerb } from './version';

export const VERBS: Verb[] = [versionVerb];
