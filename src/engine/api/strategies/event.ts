// Event (core/v1): the legacy-event checks the API server applies to events without eventTime —
// the involved object's namespace must match the event's (cluster-scoped objects: "default").
// [k8s: pkg/apis/core/validation/events.go legacyValidateEvent]
// Simplified: new-style events (eventTime set) only get the required reporting fields checked.
import { type FieldError, fieldErr } from '../errors';
import type { KObject } from '../../objects/types';
import { type Strategy, registerStrategy } from '../strategy';

export function validateEvent(ev: KObject): FieldError[] {
  const errs: FieldError[] = [];
  const involved = (ev.involvedObject ?? {}) as { namespace?: string };
  const ns = ev.metadata.namespace ?? '';
  if (!ev.eventTime) {
    if (!involved.namespace) {
      if (ns !== '' && ns !== 'default') errs.push(fieldErr.invalid('involvedObject.namespace', '', 'does not match event.namespace'));
    } else if (ns !== involved.namespace) {
      errs.push(fieldErr.invalid('involvedObject.namespace', involved.namespace, 'does not match event.namespace'));
    }
  } else {
    if (!ev.reportingComponent) errs.push(fieldErr.required('reportingComponent'));
    if (!ev.reportingInstance) errs.push(fieldErr.required('reportingInstance'));
    if (!ev.action) errs.push(fieldErr.required('action'));
    if (!ev.reason) errs.push(fieldErr.required('reason'));
  }
  return errs;
}

export const eventStrategy: Strategy = {
  validate: (obj) => validateEvent(obj),
};

registerStrategy('Event', eventStrategy);
