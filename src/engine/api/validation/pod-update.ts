// What a Pod update may change: container images, activeDeadlineSeconds (only downwards),
// added tolerations, terminationGracePeriodSeconds (negative → 1) and removed scheduling gates.
// Anything else is the famous `spec: Forbidden: pod updates may not change fields other than ...`.
// [k8s: pkg/apis/core/validation/validation.go ValidatePodUpdate, ValidateContainerUpdates]
// Simplified: the real message continues with a Go cmp.Diff of the internal PodSpec after a
// newline; we stop at the list of updatable fields (the part learners read).
import { type FieldError, fieldErr } from '../errors';

// biome-ignore lint/suspicious/noExplicitAny: pod specs are walked as plain JSON.
type Json = any;

export const POD_UPDATE_FORBIDDEN =
  'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

/** Drops what Go's semantic equality treats as unset: null, undefined, empty lists and maps. */
function normalize(v: unknown): unknown {
  if (Array.isArray(v)) return v.length ? v.map(normalize) : undefined;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const n = normalize((v as Record<string, unknown>)[k]);
      if (n !== undefined) out[k] = n;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return v === null ? undefined : v;
}

export function semanticEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

function containerUpdates(next: Json[], old: Json[], path: string): { errs: FieldError[]; stop: boolean } {
  if (next.length !== old.length) return { errs: [fieldErr.forbidden(path, 'pod updates may not add or remove containers')], stop: true };
  const errs: FieldError[] = [];
  next.forEach((c, i) => {
    if (!c?.image) errs.push(fieldErr.required(`${path}[${i}].image`));
    else if (c.image.trim() !== c.image) errs.push(fieldErr.invalid(`${path}[${i}].image`, c.image, 'must not have leading or trailing whitespace'));
  });
  return { errs, stop: false };
}

function sameTolerationExceptSeconds(a: Json, b: Json): boolean {
  return semanticEqual({ ...a, tolerationSeconds: undefined }, { ...b, tolerationSeconds: undefined });
}

/** The update-only checks; the caller also runs validatePodSpec on the new spec. */
export function validatePodSpecUpdate(next: Json, old: Json): FieldError[] {
  const errs: FieldError[] = [];
  for (const key of ['containers', 'initContainers'] as const) {
    const r = containerUpdates(next?.[key] ?? [], old?.[key] ?? [], `spec.${key}`);
    errs.push(...r.errs);
    if (r.stop) return errs;
  }
  const newAds = next.activeDeadlineSeconds;
  const oldAds = old.activeDeadlineSeconds;
  if (newAds != null) {
    if (newAds < 0 || newAds > 2147483647) {
      errs.push(fieldErr.invalid('spec.activeDeadlineSeconds', newAds, 'must be between 0 and 2147483647, inclusive'));
      return errs;
    }
    if (oldAds != null && oldAds < newAds) {
      errs.push(fieldErr.invalid('spec.activeDeadlineSeconds', newAds, 'must be less than or equal to previous value'));
      return errs;
    }
  } else if (oldAds != null) {
    errs.push(fieldErr.invalid('spec.activeDeadlineSeconds', null, 'must not update from a positive integer to nil value'));
  }
  const munged: Json = { ...next };
  const withOldImages = (list: Json[] | undefined, oldList: Json[] | undefined) =>
    list?.map((c, i) => ({ ...c, image: oldList?.[i]?.image }));
  munged.containers = withOldImages(next.containers, old.containers);
  if (next.initContainers) munged.initContainers = withOldImages(next.initContainers, old.initContainers);
  munged.activeDeadlineSeconds = old.activeDeadlineSeconds;
  // Only additions to tolerations: every old one must still be there (its seconds may change).
  const newTols: Json[] = next.tolerations ?? [];
  for (const t of (old.tolerations ?? []) as Json[]) {
    if (!newTols.some((n) => sameTolerationExceptSeconds(n, t))) {
      errs.push(fieldErr.forbidden('spec.tolerations', 'existing toleration can not be modified except its tolerationSeconds'));
      break;
    }
  }
  munged.tolerations = old.tolerations;
  if ((old.terminationGracePeriodSeconds ?? 0) < 0 && next.terminationGracePeriodSeconds === 1)
    munged.terminationGracePeriodSeconds = old.terminationGracePeriodSeconds;
  // Scheduling gates may only be removed.
  const oldGates: Json[] = old.schedulingGates ?? [];
  if ((next.schedulingGates ?? []).every((g: Json) => oldGates.some((o) => o.name === g?.name))) munged.schedulingGates = old.schedulingGates;
  if (!semanticEqual(munged, old)) errs.push(fieldErr.forbidden('spec', POD_UPDATE_FORBIDDEN));
  return errs;
}
