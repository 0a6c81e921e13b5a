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
  /**
   * Wall-clock milliseconds of virtual time 0 (default 2025-01-01T00:00:00Z). The served cluster
   * passes its real start time; the engine never reads the wall clock itself.
   */
  epochMs?: number;
}

export interface ClusterConfig {
  seed: number;
  nodes: number;
  nodeCpu: number;
  nodeMemoryBytes: number;
  kubernetesVersion: string;
  /** Absent in snapshots of older engines: the default epoch. */
  epochMs?: number;
}

export function resolveConfig(options: ClusterOptions = {}): ClusterConfig {
  const seed = options.seed ?? 1;
  const nodes = options.nodes ?? 3;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(nodes) || nodes < 0 || nodes > 5000) throw new RangeError(`nodes must be an integer from 0 to 5000, got ${nodes}`);
  // Node capacity goes into every Node's status and the scheduler's arithmetic: NaN or Infinity
  // there would print as such and make every fit check false or true.
  const nodeCpu = options.nodeCpu ?? 2;
  const nodeMemoryBytes = options.nodeMemoryBytes ?? 4 * 1024 ** 3;
  if (typeof nodeCpu !== 'number' || !(nodeCpu > 0 && nodeCpu <= MAX_NODE_CPU)) throw new RangeError(`nodeCpu must be a number of cores above 0 and at most ${MAX_NODE_CPU}, got ${nodeCpu}`);
  if (!Number.isInteger(nodeMemoryBytes) || nodeMemoryBytes < 1024 || nodeMemoryBytes > MAX_NODE_MEMORY_BYTES)
    throw new RangeError(`nodeMemoryBytes must be a whole number of bytes from 1024 to ${MAX_NODE_MEMORY_BYTES}, got ${nodeMemoryBytes}`);
  resolveTraceCapacity(options.traceCapacity);
  const epochMs = options.epochMs;
  // Whole milliseconds inside Date's range (±8.64e15) with room for years of virtual time.
  if (epochMs !== undefined && (!Number.isInteger(epochMs) || Math.abs(epochMs) > 8e15)) throw new RangeError(`epochMs must be a whole number of milliseconds since 1970, got ${epochMs}`);
  return { seed, nodes, nodeCpu, nodeMemoryBytes, kubernetesVersion: 'v1.32.0', ...(epochMs === undefined ? {} : { epochMs }) };
}

/** 1,024 cores and 16 TiB: beyond any real node, small enough for exact arithmetic. */
export const MAX_NODE_CPU = 1024;
export const MAX_NODE_MEMORY_BYTES = 16 * 1024 ** 4;
export const MAX_TRACE_CAPACITY = 1_000_000;

/** The trace ring's size (default 2000, 0 = off); a fraction or Infinity would break the ring. */
export function resolveTraceCapacity(capacity: number | undefined): number {
  const n = capacity ?? 2000;
  if (!Number.isInteger(n) || n < 0 || n > MAX_TRACE_CAPACITY) throw new RangeError(`traceCapacity must be an integer from 0 to ${MAX_TRACE_CAPACITY}, got ${capacity}`);
  return n;
}

export function nodeName(i: number): string {
  return `node-${i + 1}`;
}
