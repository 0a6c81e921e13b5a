// Cluster-wide settings, fixed at creation and carried in snapshots.

export interface ClusterOptions {
  /** Seed of the one random generator (default 1). */
  seed?: number;
  /** Worker nodes (default 3). */
  nodes?: number;
  /** Per-node capacity: CPU cores (default 2) and memory in bytes (default 4 GiB). */
  nodeCpu?: number;
  nodeMemoryBytes?: number;
  /** Trace ring size (default 2000; 0 turns the ring off, listeners still get entries). */
  traceCapacity?: number;
}

export interface ClusterConfig {
  seed: number;
  nodes: number;
  nodeCpu: number;
  nodeMemoryBytes: number;
  kubernetesVersion: string;
}

export function resolveConfig(options: ClusterOptions = {}): ClusterConfig {
  const seed = options.seed ?? 1;
  const nodes = options.nodes ?? 3;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(nodes) || nodes < 0 || nodes > 5000) throw new RangeError(`nodes must be an integer from 0 to 5000, got ${nodes}`);
  return {
    seed,
    nodes,
    nodeCpu: options.nodeCpu ?? 2,
    nodeMemoryBytes: options.nodeMemoryBytes ?? 4 * 1024 ** 3,
    kubernetesVersion: 'v1.32.0',
  };
}

export function nodeName(i: number): string {
  return `node-${i + 1}`;
}
