// Admission plugins that see every create, whatever the kind: mutating ones run after defaulting and
// before validation (LimitRanger's defaults), validating ones after validation and the kind's own
// admission (LimitRanger's checks, then ResourceQuota), in registration order.
// [k8s: staging/src/k8s.io/apiserver/pkg/admission/interfaces.go ValidationInterface]
import type { KObject } from '../objects/types';
import type { KindInfo } from './kinds';
import type { StrategyContext } from './strategy';

export interface AdmissionContext extends StrategyContext {
  /** The name admission errors use: for validating plugins, the generated name (AdmissionToValidateObjectFunc). */
  requestName: string;
  dryRun: boolean;
  /** Writes an object's status as the API server itself (the quota plugin's usage update). */
  updateStatus(obj: KObject): void;
}

export type ValidatingAdmission = (info: KindInfo, obj: KObject, ctx: AdmissionContext) => void;

const plugins: ValidatingAdmission[] = [];

export function registerValidatingAdmission(plugin: ValidatingAdmission): void {
  if (!plugins.includes(plugin)) plugins.push(plugin);
}

export function runValidatingAdmission(info: KindInfo, obj: KObject, ctx: AdmissionContext): void {
  for (const p of plugins) p(info, obj, ctx);
}

export type MutatingAdmission = (info: KindInfo, obj: KObject, ctx: StrategyContext) => void;

const mutating: MutatingAdmission[] = [];

export function registerMutatingAdmission(plugin: MutatingAdmission): void {
  if (!mutating.includes(plugin)) mutating.push(plugin);
}

export function runMutatingAdmission(info: KindInfo, obj: KObject, ctx: StrategyContext): void {
  for (const p of mutating) p(info, obj, ctx);
}
