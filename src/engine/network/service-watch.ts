// The informer wiring both endpoint controllers share: Service events enqueue the Service, pod
// events enqueue every Service of the namespace whose selector matches the pod before or after
// the change (getPodServiceMemberships). [k8s: pkg/controller/endpointslice/endpointslice_controller.go]
import type { ComponentContext } from '../cluster/component';
import { matchesMap } from '../objects/labels';
import type { KObject, WatchEvent } from '../objects/types';
import type { WorkQueue } from '../controllers/work-queue';

export function serviceKey(obj: KObject): string {
  return `${obj.metadata.namespace}/${obj.metadata.name}`;
}

export function watchServicesAndPods(ctx: ComponentContext, name: string, queue: () => WorkQueue, delayMs: number): void {
  ctx.api.watch('services', name, (e) => queue().add(serviceKey(e.object), delayMs));
  // Pod events no selector Service cares about are filtered before delivery (no trace entry, no
  // work), as an informer's event handler would drop them at once.
  ctx.api.watch('pods', (e) => (servicesFor(ctx, e).length ? name : null), (e: WatchEvent) => {
    for (const svc of servicesFor(ctx, e)) queue().add(serviceKey(svc), delayMs);
  });
}

function servicesFor(ctx: ComponentContext, e: WatchEvent): KObject[] {
  const pod = e.object;
  const old = e.previous;
  // A status write that changes neither IP, readiness, labels nor deletion is of no interest.
  if (e.type === 'MODIFIED' && old && !endpointRelevantChange(old, pod)) return [];
  const out: KObject[] = [];
  for (const svc of ctx.api.store.list('services', pod.metadata.namespace)) {
    const sel = svc.spec?.selector as Record<string, string> | undefined;
    if (!sel || !Object.keys(sel).length) continue;
    if (matchesMap(sel, pod.metadata.labels) || (old && matchesMap(sel, old.metadata.labels))) out.push(svc);
  }
  return out;
}

function readyOf(p: KObject): string | undefined {
  return (p.status?.conditions as { type: string; status: string }[] | undefined)?.find((c) => c.type === 'Ready')?.status;
}

function endpointRelevantChange(a: KObject, b: KObject): boolean {
  return (
    a.status?.podIP !== b.status?.podIP ||
    a.status?.phase !== b.status?.phase ||
    readyOf(a) !== readyOf(b) ||
    a.metadata.deletionTimestamp !== b.metadata.deletionTimestamp ||
    a.spec?.nodeName !== b.spec?.nodeName ||
    JSON.stringify(a.metadata.labels ?? {}) !== JSON.stringify(b.metadata.labels ?? {})
  );
}
