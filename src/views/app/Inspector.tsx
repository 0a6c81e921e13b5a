// The selected thing up close: the panel, its heading and what it says with nothing selected. What
// it shows for a pod, a node, a workload or a Service (and their buttons, which go through the
// session, printing the equivalent kubectl line in the console) is InspectorBody.tsx, its own
// chunk: fetched the first time something is selected, or earlier when the browser is idle
// (inspector-parts.ts).
import { t } from '../../i18n/catalogue';
import { Suspense, useMemo, useRef } from 'react';
import { focusLost, type InspectorFocus, InspectorFocusContext } from './inspector-focus';
import { LazyInspectorBody } from './inspector-parts';
import { useApp } from './use-store';

export function Inspector() {
  const selection = useApp((s) => s.selection);
  const heading = useRef<HTMLHeadingElement>(null);
  // True from a focus inside the panel until focus moves to something outside it. A focused
  // button that is removed leaves no such move behind, so this stays true and rescue() can act.
  const hadFocus = useRef(false);
  const focus = useMemo<InspectorFocus>(
    () => ({
      rescue: () => {
        if (hadFocus.current && focusLost(document)) heading.current?.focus();
      },
    }),
    [],
  );
  return (
    <section
      className="panel inspector"
      aria-labelledby="inspector-heading"
      onFocus={() => {
        hadFocus.current = true;
      }}
      onBlur={(e) => {
        if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget as globalThis.Node)) hadFocus.current = false;
      }}
    >
      <h2 id="inspector-heading" ref={heading} tabIndex={-1}>
        {t('inspector.heading', 'Inspector')}
      </h2>
      <InspectorFocusContext.Provider value={focus}>
        {!selection && (
          <p className="muted">{t('inspector.empty', 'Select a pod, a node or a workload to look inside it and act on it.')}</p>
        )}
        {selection && (
          <Suspense fallback={<p className="muted">{t('inspector.opening', 'Opening the inspector…')}</p>}>
            <LazyInspectorBody selection={selection} />
          </Suspense>
        )}
      </InspectorFocusContext.Provider>
    </section>
  );
}
