// A Kubernetes API client for the page, over fetch on the page's own origin (the served cluster or
// `kubectl proxy`: no CORS, no credentials in the page; the proxy adds the user's). It lists, follows
// a watch stream and sends writes; every refusal comes back as the server's own `metav1.Status`.
// [k8s: the list-then-watch contract of client-go's reflector: tools/cache/reflector.go]

/** A resource the page follows: where it is listed and the name the engine's watch events carry. */
export interface Resource {
  kind: string;
  apiVersion: string;
  /** Plural, as in the URL and in the engine's `ClusterEvent.resource`. */
  resource: string;
  /** The collection path across namespaces (or in one namespace, for Leases). */
  path: string;
}

export interface KubeList {
  metadata?: { resourceVersion?: string };
  items?: Record<string, unknown>[];
}

export interface WatchLine {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: Record<string, unknown> & { metadata?: { resourceVersion?: string }; code?: number; message?: string };
}

/** What a write answered: the object, or the Status the server refused it with. */
export type WriteResult = { ok: true; object: Record<string, unknown> } | { ok: false; code: number; reason: string; message: string };

export class KubeClient {
  constructor(private readonly base: string) {}

  async list(path: string, signal?: AbortSignal): Promise<KubeList> {
    const res = await fetch(`${this.base}${path}`, { headers: { Accept: 'application/json' }, signal });
    if (!res.ok) throw new Error(await describeFailure(res, path));
    return (await res.json()) as KubeList;
  }

  /**
   * Follows `path` from `resourceVersion` until the server ends the stream or `signal` aborts;
   * `onLine` gets each event. Resolves when the stream ends (the caller watches again from the
   * last version it saw, or lists again after an ERROR such as 410 Gone).
   */
  async watch(path: string, resourceVersion: string, onLine: (line: WatchLine) => void, signal: AbortSignal): Promise<void> {
    const sep = path.includes('?') ? '&' : '?';
    const url = `${this.base}${path}${sep}watch=1&allowWatchBookmarks=true&resourceVersion=${encodeURIComponent(resourceVersion)}`;
    const res = await fetch(url, { headers: { Accept: 'application/json' }, signal });
    if (!res.ok || !res.body) throw new Error(await describeFailure(res, path));
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffered += value;
      let nl = buffered.indexOf('\n');
      while (nl >= 0) {
        const text = buffered.slice(0, nl).trim();
        buffered = buffered.slice(nl + 1);
        if (text) onLine(JSON.parse(text) as WatchLine);
        nl = buffered.indexOf('\n');
      }
    }
  }

  /** A GET answered with the object (as `accept` asks for it) or the Status it was refused with. */
  async read(path: string, accept: string): Promise<WriteResult> {
    return this.send('GET', path, undefined, undefined, accept);
  }

  /** A write (DELETE, PATCH, POST) whose answer is the object or a Status, never a throw for a refusal. */
  write(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<WriteResult> {
    return this.send(method, path, body, contentType, 'application/json');
  }

  private async send(method: string, path: string, body: unknown, contentType: string | undefined, accept: string): Promise<WriteResult> {
    let res: Response;
    try {
      res = await fetch(`${this.base}${path}`, {
        method,
        headers: { Accept: accept, ...(body === undefined || !contentType ? {} : { 'Content-Type': contentType }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      return {
        ok: false,
        code: 0,
        reason: 'ServiceUnavailable',
        message: `the API did not answer: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
    const answer = (await res.json().catch(() => undefined)) as Record<string, unknown> | undefined;
    if (res.ok) return { ok: true, object: answer ?? {} };
    const status = answer as { reason?: string; message?: string } | undefined;
    return { ok: false, code: res.status, reason: status?.reason ?? res.statusText, message: status?.message ?? `HTTP ${res.status}` };
  }
}

async function describeFailure(res: Response, path: string): Promise<string> {
  const status = (await res.json().catch(() => undefined)) as { message?: string } | undefined;
  return `${path}: HTTP ${res.status}${status?.message ? ` (${status.message})` : ''}`;
}
