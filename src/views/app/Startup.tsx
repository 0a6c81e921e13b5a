// What shows before the App: a note while the engine's chunk loads, or why the cluster could not start.
import { t } from '../../i18n/catalogue';

export function StartingPage() {
  return (
    <>
      <header className="masthead">
        <h1>Podchestra</h1>
      </header>
      <main className="startup">
        <p className="notice" role="status">
          {t('startup.starting', 'Starting the cluster…')}
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
          {t('startup.failed', 'The cluster could not start: {message}', { message })}
        </p>
      </main>
    </>
  );
}
