// `kubectl events [--for TYPE/NAME] [--types=Normal,Warning] [-A] [--no-headers]`: the namespace's
// events oldest first, `LAST SEEN` with `(xN over T)` for repeats, OBJECT as `Kind/name`.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/events/{events,event_printer}.go]
// Simplifications: no -o or --watch; equal times keep the store's order (Go's sort is unstable).
import type { KObject } from '../../objects/types';
import { parseTime } from '../../util/time';
import { ArgError } from '../args';
import { translateTimestampSince } from '../printers/age';
import { formatTable } from '../printers/table';
import { namespaceFlag, resolveKind } from '../resources';
import type { Verb } from '../verb';

type Ev = KObject & {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  firstTimestamp?: string;
  lastTimestamp?: string;
  eventTime?: string;
  series?: { count?: number; lastObservedTime?: string };
  involvedObject?: { kind?: string; name?: string };
};

/** getInterval: the first time, or `last (xN over first)` for a repeated event. */
function interval(e: Ev, now: number): string {
  const since = (t: string | undefined) => (t ? translateTimestampSince(t, now) : '<unknown>');
  const first = e.eventTime ? since(e.eventTime) : since(e.firstTimestamp);
  if (e.series) return `${since(e.series.lastObservedTime)} (x${e.series.count ?? 0} over ${first})`;
  if ((e.count ?? 0) > 1) return `${since(e.lastTimestamp)} (x${e.count} over ${first})`;
  return first;
}

const eventTime = (e: Ev): number => parseTime(e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? undefined) ?? 0;

export const eventsVerb: Verb = {
  name: 'events',
  short: 'List events',
  flags: [
    { name: 'for', type: 'string', default: '' },
    { name: 'types', type: 'stringArray', default: [] },
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'no-headers', type: 'bool' },
  ],
  run(inv, ctx) {
    const all = !!inv.flags['all-namespaces'];
    const ns = namespaceFlag(inv.flags);
    const types = (inv.flags.types as string[]).flatMap((t) => t.split(','));
    for (const t of types) if (!/^(normal|warning)$/i.test(t)) throw new ArgError('valid --types are Normal or Warning');
    let forKind: string | undefined;
    let forName: string | undefined;
    const target = String(inv.flags.for ?? '');
    if (target) {
      const parts = target.split('/');
      if (parts.length !== 2) throw new ArgError('arguments in resource/name form may not have more than one slash');
      const info = resolveKind(parts[0]);
      // The object need not exist (its events outlive it); the kind must.
      forKind = info.kind;
      forName = parts[1];
    }
    const events = (ctx.api.store.list('events', all ? undefined : ns) as Ev[])
      .filter((e) => !types.length || types.some((t) => t.toLowerCase() === (e.type ?? '').toLowerCase()))
      .filter((e) => !forName || (e.involvedObject?.kind === forKind && e.involvedObject?.name === forName))
      .map((e, i) => ({ e, i }))
      .sort((a, b) => eventTime(a.e) - eventTime(b.e) || a.i - b.i)
      .map(({ e }) => e);
    if (events.length === 0) return { stdout: '', stderr: all ? 'No events found.\n' : `No events found in ${ns} namespace.\n`, exitCode: 0 };
    const now = ctx.now();
    const rows = events.map((e) => [
      ...(all ? [e.metadata.namespace ?? ''] : []),
      interval(e, now),
      e.type ?? '',
      e.reason ?? '',
      `${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}`,
      (e.message ?? '').trim(),
    ]);
    const header = [...(all ? ['NAMESPACE'] : []), 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'];
    return { stdout: formatTable(inv.flags['no-headers'] ? rows : [header, ...rows]), stderr: '', exitCode: 0 };
  },
};
