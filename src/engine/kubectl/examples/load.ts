// Loads the example table (a chunk of its own: the engine and the first frame never wait for
// it). The console awaits this before a line that names a URL; after that, reads are sync.
import { examplesLoaded, setExampleTable } from './urls';

let loading: Promise<void> | undefined;

export function loadExamples(): Promise<void> {
  if (examplesLoaded()) return Promise.resolve();
  loading ??= import('./table').then((m) => setExampleTable(m.EXAMPLES));
  return loading;
}
