// Object shapes. We reuse kubernetes-types (type-only, generated from the real OpenAPI) so every
// field has its real name and nesting; `Stored<T>` adds what the API server guarantees once an
// object is persisted (name, uid, resourceVersion, creationTimestamp, apiVersion, kind).
import type * as apps from 'kubernetes-types/apps/v1';
import type * as coordination from 'kubernetes-types/coordination/v1';
import type * as core from 'kubernetes-types/core/v1';
import type { ObjectMeta, OwnerReference } from 'kubernetes-types/meta/v1';

export type { ObjectMeta, OwnerReference };
export type { LabelSelector, LabelSelectorRequirement } from 'kubernetes-types/meta/v1';
export type {
  Container,
  ContainerStatus,
  ContainerState,
  PodCondition,
  PodSpec,
  PodTemplateSpec,
  NodeCondition,
  Taint,
  Toleration,
  ResourceRequirements,
  EnvVar,
} from 'kubernetes-types/core/v1';
export type { DeploymentCondition, DeploymentSpec, ReplicaSetCondition } from 'kubernetes-types/apps/v1';

/** kubernetes-types marks server-set fields readonly; the API server is the one that sets them. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface Meta extends Mutable<ObjectMeta> {
  name: string;
  uid: string;
  resourceVersion: string;
  creationTimestamp: string;
}

export type Stored<T> = Omit<T, 'metadata' | 'apiVersion' | 'kind'> & {
  apiVersion: string;
  kind: string;
  metadata: Meta;
};

/** Any stored object, as the store and generic code (GC, kubectl get) see it. */
export interface KObject {
  apiVersion: string;
  kind: string;
  metadata: Meta;
  // biome-ignore lint/suspicious/noExplicitAny: spec and status differ per kind; typed aliases below narrow them.
  spec?: any;
  // biome-ignore lint/suspicious/noExplicitAny: see spec.
  status?: any;
  [field: string]: unknown;
}

/** An object as a client sends it: metadata.name may be replaced by generateName, no uid yet. */
export interface NewObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  [field: string]: unknown;
}

export type Pod = Stored<core.Pod>;
export type Node = Stored<core.Node>;
export type Event = Stored<core.Event>;
export type Namespace = Stored<core.Namespace>;
export type Deployment = Stored<apps.Deployment>;
export type ReplicaSet = Stored<apps.ReplicaSet>;
export type Lease = Stored<coordination.Lease>;

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchEvent<T extends KObject = KObject> {
  type: WatchEventType;
  object: T;
  /** The object before this change (MODIFIED and DELETED). */
  previous?: T;
}
