// Virtual time ↔ wall-clock strings. The cluster's epoch is a config value (never the wall clock
// read here) so timestamps replay exactly.

/** 2025-01-01T00:00:00Z: virtual time 0 unless a cluster is created with another epoch. */
export const DEFAULT_EPOCH_MS = Date.UTC(2025, 0, 1, 0, 0, 0);

/**
 * The wall-clock time of virtual time 0. The served cluster (server/) starts at the real start
 * time so the ages kubectl computes itself (describe's events, `kubectl events`) are real ones.
 * Simplification: one epoch per process (a live binding set by the Cluster constructor from its
 * config), not one per cluster; every in-page cluster uses the default, the server runs one.
 */
export let EPOCH_MS = DEFAULT_EPOCH_MS;

/** Sets the process's epoch (the Cluster constructor does, from config.epochMs). */
export function setEpoch(ms: number): void {
  if (ms === EPOCH_MS) return;
  EPOCH_MS = ms;
  lastSecond = Number.NaN;
  parsed.clear();
}

/** RFC3339 with second precision, as metav1.Time serialises. */
export function rfc3339(virtualMs: number): string {
  // The wall-clock second (the epoch need not be a whole second).
  const second = Math.floor((EPOCH_MS + virtualMs) / 1000);
  // Most writes of a tick share one second: formatting a Date each time showed in profiles.
  if (second === lastSecond) return lastText;
  const text = new Date(second * 1000).toISOString().replace('.000Z', 'Z');
  lastSecond = second;
  lastText = text;
  return text;
}

let lastSecond = Number.NaN;
let lastText = '';

/** RFC3339 with microseconds, as metav1.MicroTime (Lease renewTime, Event eventTime). */
export function rfc3339Micro(virtualMs: number): string {
  const iso = new Date(EPOCH_MS + Math.floor(virtualMs)).toISOString(); // ...T00:00:00.123Z
  return `${iso.slice(0, -1)}000Z`;
}

export function parseTime(s: string | undefined): number | undefined {
  if (!s) return undefined;
  // Timestamps repeat (second precision, many objects per second): remember recent parses.
  const cached = parsed.get(s);
  if (cached !== undefined || parsed.has(s)) return cached;
  const t = Date.parse(s);
  const v = Number.isNaN(t) ? undefined : t - EPOCH_MS;
  if (parsed.size >= 4096) parsed.clear();
  parsed.set(s, v);
  return v;
}

const parsed = new Map<string, number | undefined>();

/**
 * HumanDuration from apimachinery's util/duration, used for AGE columns.
 * [k8s: staging/src/k8s.io/apimachinery/pkg/util/duration/duration.go]
 */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = Math.floor(hours / 24) % 365;
    return dy === 0 ? `${Math.floor(hours / 24 / 365)}y` : `${Math.floor(hours / 24 / 365)}y${dy}d`;
  }
  return `${Math.floor(hours / 24 / 365)}y`;
}

/**
 * Go's time.Duration.String() for whole and fractional seconds: 10s, 1m20s, 5m0s, 1.5s, 300ms.
 * Used in messages such as `back-off 1m20s restarting failed container`.
 */
export function goDuration(ms: number): string {
  if (ms === 0) return '0s';
  if (ms < 1000) return `${trimFloat(ms)}ms`;
  const totalSeconds = ms / 1000;
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds - h * 3600) / 60);
  const s = totalSeconds - h * 3600 - m * 60;
  const sec = `${trimFloat(Math.round(s * 1e9) / 1e9)}s`;
  if (h > 0) return `${h}h${m}m${sec}`;
  if (m > 0) return `${m}m${sec}`;
  return sec;
}

function trimFloat(n: number): string {
  return String(Number.parseFloat(n.toFixed(9)));
}
