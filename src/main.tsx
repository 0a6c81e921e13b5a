// Entry point: pick the seed from the URL, start one session (cluster + store + time), run its frame
// loop and render the App. In dev builds and with `?test` the page also installs `window.podchestra`.
// The engine and the App (with the stage) load as chunks right after the shell renders, which keeps
// the initial JavaScript small; they arrive well within the first second.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StartingPage, StartupFailure } from './views/app/Startup';
import './views/app/app.css';
import { seedFromSearch } from './views/seed';
import { installTestApi, testApiWanted } from './views/test-api';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
root.render(<StartingPage />);

async function start(): Promise<void> {
  try {
    const [{ createSession }, { startFrameLoop }, { App }] = await Promise.all([
      import('./views/session/session'),
      import('./views/session/frame-loop'),
      import('./views/app/App'),
    ]);
    const choice = seedFromSearch(window.location.search);
    const session = createSession({ seed: choice.seed, notice: choice.notice });
    if (testApiWanted(window.location.search, import.meta.env.DEV)) installTestApi(window, session);
    startFrameLoop((ms) => session.tick(ms));
    root.render(
      <StrictMode>
        <App session={session} />
      </StrictMode>,
    );
  } catch (e) {
    root.render(<StartupFailure message={e instanceof Error ? e.message : String(e)} />);
  }
}

void start();
