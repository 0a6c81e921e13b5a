// What shows before the App: a note while the engine's chunk loads, or why the cluster could not start.

export function StartingPage() {
  return (
    <>
      <header className="masthead">
        <h1>Podchestra</h1>
      </header>
      <main className="startup">
        <p className="notice" role="status">
          Starting the cluster…
        </p>
      </main>
    </>
  );
}

export function StartupFailure({ message }: { message: string }) {
  return (
    <>
      <header className="masthead">
        <h1>Podchestra</h1>
      </header>
      <main className="startup">
        <p className="notice failure" role="alert">
          The cluster could not start: {message}
        </p>
      </main>
    </>
  );
}
