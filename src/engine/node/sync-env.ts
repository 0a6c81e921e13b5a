// What a pod worker's sync works with: the node's runtime state and the kubelet's services (API
// client, events, node rng stream, IPAM, volume data, timers), and the container spec fields it reads.
import type { ApiClient } from '../api/api-server';
import type { Store } from '../api/store';
import type { KObject } from '../objects/types';
import type { NodeRt, PodRt } from './state';
import type { VolumeDataComponent } from './volume-data';

/** The PLEG relist period: an exit is acted on at most this long after it happened. */
export const PLEG_MS = 1000;

export interface SyncEnv {
  node: string;
  rt: NodeRt;
  hostIP: string;
  now: number;
  store: Store;
  client: ApiClient;
  event(pod: KObject, type: 'Normal' | 'Warning', reason: string, message: string, fieldPath?: string): void;
  /** A float in [0, 1) from this node's stream. */
  rand(): number;
  containerID(): string;
  allocateIP(): string;
  releaseIP(ip: string | undefined): void;
  volumeData(): VolumeDataComponent | undefined;
  /** Asks for the pod's prober, song or remount timer at `at` (one pending timer of each). */
  timer(p: PodRt, type: 'probe' | 'song' | 'remount', at: number): void;
}

export interface Spec {
  name: string;
  volumeMounts?: { name: string; mountPath: string; subPath?: string; readOnly?: boolean }[];
  image?: string;
  imagePullPolicy?: string;
  command?: string[];
  args?: string[];
  env?: unknown[];
  envFrom?: unknown[];
  resources?: { limits?: Record<string, unknown>; requests?: Record<string, unknown> };
}

/** The pod worker's retry of a failing sync (workerBackOffPeriod 10 s with 0.5 jitter). */
export const resync = (env: SyncEnv): number => env.now + 10_000 + Math.floor(env.rand() * 5000);
