// The engine's public contract. Views, lessons, tests and course pages import from here only.
// See CONTEXT.md for what each call promises.
import './api/strategies';

export { Cluster, createCluster, restoreCluster, SnapshotError, SNAPSHOT_VERSION, MAX_ADVANCE_MS } from './cluster/cluster';
export type { ClusterSnapshot, ClusterWatchEvent, ClusterListener } from './cluster/cluster';
export type { ClusterEvent } from './cluster/cluster';
// The docs' example files kubectl reads by URL: a chunk of their own, loaded before such a line.
export { loadExamples } from './kubectl/examples/load';
export { examplesLoaded } from './kubectl/examples/urls';
export type { MetricsEvent, ServiceSecond, PodSecond } from './network/traffic-types';
export type { TrafficComponent } from './network/traffic';
export type { ClusterOptions } from './cluster/config';
export type { Fault } from './cluster/faults';
export { FaultError, validateFault } from './cluster/faults';
export type { KubectlResult } from './kubectl/context';
export type { TraceEntry } from './api/trace';
export type { SchedulingTrace } from './scheduler/trace';
// "Why?": cluster.why(kind, namespace, name) answers with causes (why/).
export type { WhyAnswer, WhyCause, WhyActor, WhyKind } from './why';
export { WHY_KINDS } from './why/types';
export type { VolumeDataComponent } from './node/volume-data';
export type { KObject, Pod, Node, Deployment, ReplicaSet, Event, WatchEvent, WatchEventType } from './objects/types';
export type { PodMetrics, NodeMetrics, ContainerUsage } from './autoscaling/metrics-server';
// kubectl's STATUS / READY / RESTARTS derivation (printPod), for views that draw pods.
export { podSummary } from './kubectl/printers/pod';
export type { PodSummary } from './kubectl/printers/pod';
// Verbs, subcommands and resource names kubectl serves, for console completion.
export { kubectlVocabulary } from './kubectl/vocabulary';
export type { KubectlVocabulary } from './kubectl/vocabulary';
// The console's small shell (pipes, variables, `$(…)`, text tools) around kubectl.
export { consolePrompt, newConsoleShell, runConsoleLine, shownLine } from './console/shell';
export type { ConsoleShellState, ConsoleHost, OutputChunk, ShellRunResult } from './console/shell';
export type { Follower, FollowChunk } from './kubectl/follow';
export type { FollowedResult } from './kubectl/run';
