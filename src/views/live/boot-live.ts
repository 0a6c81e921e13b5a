// Starts the live page (lazy chunk, loaded by main.tsx only when detect.ts says so): a session fed
// by the Kubernetes API of the page's own origin, and the sentence the page shows about it.
import type { Session } from '../session/types';
import type { LiveSourceKind } from './detect';
import { createLiveSession } from './live-session';

export function liveNotice(kind: LiveSourceKind, origin: string, readOnly = false): string {
  if (kind === 'served')
    return `Attached to the simulated cluster served at ${origin} (npm run serve): what kubectl does in a terminal shows here, and clicks here are API requests kubectl get -w sees. Time runs on the server: no pause or rewind.`;
  const clicks = readOnly
    ? 'Read-only: the page only watches; its buttons send nothing.'
    : "Clicks send real API requests with kubectl proxy's credentials; refusals are shown as the cluster words them.";
  return `Live: the Kubernetes API at ${origin}. ${clicks} No rewind, no fault injection, no lessons; the podium shows what the API tells, not the control plane's own messages.`;
}

/** `?live=readonly`: a teacher showing a cluster they do not want a click to change. */
export function readOnlyWanted(search: string): boolean {
  return new URLSearchParams(search).get('live') === 'readonly';
}

export function bootLive(win: Window, kind: LiveSourceKind): Promise<Session> {
  const origin = win.location.origin;
  const readOnly = kind === 'live' && readOnlyWanted(win.location.search);
  return createLiveSession({ base: origin, source: { kind, readOnly }, notice: liveNotice(kind, origin, readOnly) });
}
