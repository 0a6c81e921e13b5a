// Every kubectl command we serve, in the order `kubectl --help` lists them.
// Each verb lives in its own file in this folder.
import type { Verb } from '../verb';
import { apiResourcesVerb } from './api-resources';
import { applyVerb } from './apply';
import { createVerb } from './create';
import { deleteVerb } from './delete';
import { annotateVerb, labelVerb } from './label';
import { runVerb } from './run';
import { scaleVerb } from './scale';
import { setVerb } from './set';
import { cordonVerbs } from './cordon';
import { taintVerb } from './taint';
import { describeVerb } from './describe';
import { drainVerb } from './drain';
import { getVerb } from './get';
import { logsVerb } from './logs';
import { rolloutVerb } from './rollout';
import { versionVerb } from './version';
import { exposeVerb } from './expose';
import { autoscaleVerb } from './autoscale';
import { topVerb } from './top';
import { waitVerb } from './wait';
import { configVerb } from './config';
import { eventsVerb } from './events';
import { patchVerb } from './patch';
import { execVerb } from './exec';

export const VERBS: Verb[] = [createVerb, runVerb, setVerb, getVerb, deleteVerb, rolloutVerb, scaleVerb, autoscaleVerb, exposeVerb, topVerb, ...cordonVerbs, drainVerb, taintVerb, describeVerb, logsVerb, execVerb, eventsVerb, applyVerb, patchVerb, waitVerb, labelVerb, annotateVerb, apiResourcesVerb, configVerb, versionVerb];
