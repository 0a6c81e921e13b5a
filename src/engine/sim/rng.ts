// The engine's only source of randomness: seeded sfc32 generators in named streams, so that adding
// a node (which draws from its own stream) does not shift the draws of the scheduler or the uids.
// All state is four uint32 per stream, kept in plain JSON for snapshots.

export type RngState = Record<string, [number, number, number, number]>;

function hashString(s: string): number {
  // FNV-1a, 32 bit.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export class Rng {
  constructor(
    private readonly seed: number,
    readonly state: RngState,
  ) {}

  private stream(name: string): [number, number, number, number] {
    let st = this.state[name];
    if (!st) {
      const init = splitmix32((this.seed ^ hashString(name)) >>> 0);
      st = [init(), init(), init(), init()];
      this.state[name] = st;
    }
    return st;
  }

  /** A uint32 from the named stream. */
  nextUint32(name: string): number {
    const st = this.stream(name);
    let [a, b, c, d] = st;
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    st[0] = a >>> 0;
    st[1] = b >>> 0;
    st[2] = c >>> 0;
    st[3] = d;
    return t;
  }

  /** A float in [0, 1). */
  next(name: string): number {
    return this.nextUint32(name) / 4294967296;
  }

  /** An integer in [0, n). */
  int(name: string, n: number): number {
    return Math.floor(this.next(name) * n);
  }

  /** An integer in [min, max]. */
  between(name: string, min: number, max: number): number {
    return min + this.int(name, max - min + 1);
  }

  pick<T>(name: string, items: readonly T[]): T {
    return items[this.int(name, items.length)];
  }
}
