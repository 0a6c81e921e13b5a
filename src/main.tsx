// Entry point: pick the seed from the URL, start one live cluster, run it in real time and
// render it. In dev builds and with `?test` the page also installs `window.podchestra`.
// The engine (with its YAML parser) is loaded as a separate chunk right after the shell renders,
// which keeps the initial JavaScript small; it arrives well within the first second.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LivePage, StartingPage, StartupFailure } from './views/LivePage';
import './views/live-page.css';
import { seedFromSearch } from './views/seed';
import { startSimLoop } from './views/sim-loop';
import { installTestApi, testApiWanted } from './views/test-api';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
root.render(<StartingPage />);

async function start(): Promise<void> {
  let live: import('./views/live-session').LiveSession;
  try {
    const { createLiveSession } = await import('./views/live-session');
    live = createLiveSession(seedFromSearch(window.location.search));
  } catch (e) {
    root.render(<StartupFailure message={e instanceof Error ? e.message : String(e)} />);
    return;
  }
  if (testApiWanted(window.location.search, import.meta.env.DEV)) installTestApi(window, live);
  startSimLoop({
    advance: (ms) => live.advance(ms),
    refresh: live.refresh,
    isRunning: () => live.store.getState().running,
  });
  root.render(
    <StrictMode>
      <LivePage session={live} />
    </StrictMode>,
  );
}

void start();
