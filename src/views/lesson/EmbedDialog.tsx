// The masthead's "Embed" button (lesson pages). The dialog itself (EmbedDialogBody.tsx: the
// snippet, the origin field) is a lazy chunk fetched on the first press: the first screen shows the
// button only (about 1 kB gz less before it, measured with `npm run bench -- --figure=bundle`).
import { lazy, Suspense, useState } from 'react';
import { t } from '../../i18n/catalogue';

const EmbedDialogBody = lazy(() => import('./EmbedDialogBody').then((m) => ({ default: m.EmbedDialogBody })));

export function EmbedDialog({ lesson }: { lesson: string }) {
  const [asked, setAsked] = useState(0);
  return (
    <>
      <button type="button" className="btn" onClick={() => setAsked((n) => n + 1)}>
        {t('embed.button', 'Embed')}
      </button>
      {asked > 0 && (
        <Suspense fallback={null}>
          <EmbedDialogBody lesson={lesson} asked={asked} />
        </Suspense>
      )}
    </>
  );
}
