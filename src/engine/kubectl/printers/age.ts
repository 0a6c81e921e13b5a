// AGE and "x ago" cells: translateTimestampSince in printers.go — `<unknown>` for a missing
// timestamp, otherwise HumanDuration of now − t on the virtual clock.
// [k8s: pkg/printers/internalversion/printers.go, apimachinery/pkg/util/duration]
import { humanDuration, parseTime } from '../../util/time';

/** HumanDuration(now − timestamp); `<unknown>` when the timestamp is absent or unparsable. */
export function translateTimestampSince(timestamp: string | null | undefined, now: number): string {
  const t = parseTime(timestamp ?? undefined);
  if (t === undefined) return '<unknown>';
  return humanDuration(now - t);
}

/** The AGE column of any object. */
export function ageOf(obj: { metadata: { creationTimestamp?: string } }, now: number): string {
  return translateTimestampSince(obj.metadata.creationTimestamp, now);
}
