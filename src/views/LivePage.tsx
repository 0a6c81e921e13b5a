// The first page: a live three-node cluster running the sample nginx Deployment, shown the way
// `kubectl get` shows it. Everything on screen is read from the session's store.
import { useStore } from 'zustand';
import { formatClock } from './format-clock';
import { KubectlOutput } from './KubectlOutput';
import type { LiveSession } from './live-session';

export function LivePage({ session }: { session: LiveSession }) {
  const { store } = session;
  const seed = useStore(store, (s) => s.seed);
  const notice = useStore(store, (s) => s.notice);
  const now = useStore(store, (s) => s.now);
  const running = useStore(store, (s) => s.running);
  const failure = useStore(store, (s) => s.failure);
  const setup = useStore(store, (s) => s.setup);
  const nodes = useStore(store, (s) => s.nodes);
  const pods = useStore(store, (s) => s.pods);

  return (
    <>
      <header className="masthead">
        <h1>Podchestra</h1>
        <p className="tagline">A Kubernetes cluster running in your browser. You conduct; the control loop plays.</p>
      </header>
      <main>
        {notice && (
          <p className="notice" role="alert">
            {notice}
          </p>
        )}
        {failure && (
          <p className="notice failure" role="alert">
            {failure}
          </p>
        )}
        <p className="clock">
          Virtual time <strong data-testid="clock">{formatClock(now)}</strong>
          <span className="muted">
            {' '}
            · seed {seed} · {running ? 'running at wall-clock speed' : 'paused'}
          </span>
        </p>

        <section aria-labelledby="nodes-heading">
          <h2 id="nodes-heading">Nodes</h2>
          <KubectlOutput output={nodes} />
        </section>

        <section aria-labelledby="pods-heading">
          <h2 id="pods-heading">Pods</h2>
          <KubectlOutput output={pods} />
        </section>

        <section aria-labelledby="setup-heading">
          <h2 id="setup-heading">Sample workload</h2>
          <p>
            At start the page applies the nginx Deployment from the Kubernetes documentation: three replicas of <code>nginx:1.14.2</code>.
          </p>
          <KubectlOutput output={setup} />
        </section>
      </main>
    </>
  );
}

/** Shown when the cluster could not even be created. */
export function StartupFailure({ message }: { message: string }) {
  return (
    <>
      <header className="masthead">
        <h1>Podchestra</h1>
      </header>
      <main>
        <p className="notice failure" role="alert">
          The cluster could not start: {message}
        </p>
      </main>
    </>
  );
}

/** Shown for the moment the engine's chunk is loading (it is not part of the initial JavaScript). */
export function StartingPage() {
  return (
    <>
      <header className="masthead">
        <h1>Podchestra</h1>
      </header>
      <main>
        <p className="notice" role="status">
          Starting the cluster…
        </p>
      </main>
    </>
  );
}
