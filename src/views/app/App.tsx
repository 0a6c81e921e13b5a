// The app shell (issue 10): one screen. The masthead with the time controls; the scene (marquee and
// stage) with its surtitles; the lesson panel (or the lesson picker); the side column (inspector,
// traffic, workloads, YAML editor); and the docked kubectl console with the Cluster events log.
// Three layouts (use-layout.ts, shell.css): wide gives the scene most of the screen, the console
// docked under it, and one column beside it (lesson over inspector); medium (a course page's 900 px
// frame) puts tabs beside the scene and the dock under the scene; a phone shows the scene,
// then one sheet of tabs (Lesson, Inspector, Console). The page itself never scrolls: each column
// scrolls inside its own box. Every variant (home, sandbox, lesson, embed) gets the inspector.
import { type ReactNode, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { EditorLauncher } from '../editor/EditorLauncher';
import type { Session } from '../session/types';
import { Stage } from '../stage/Stage';
import { SessionContext } from '../stage/use-session';
import { whenIdle } from '../stage/when-idle';
import { TrafficSlot } from '../traffic/TrafficSlot';
import { ControlBar } from './ControlBar';
import { Dock, type DockState, useDockState } from './Dock';
import { Inspector } from './Inspector';
import { LazyAudition, preloadInspectorParts } from './inspector-parts';
import { preloadRiserTrouble } from '../scene/riser-trouble';
import { Sheet, useSheetState } from './Sheet';
import { type ShellTab, ShellTabs, type TabId, tabPanelProps } from './ShellTabs';
import { Surtitles } from './Surtitles';
import { type Layout, useLayout } from './use-layout';
import { AppSession, useApp } from './use-store';
import { useWhyShortcut } from './why-shortcut';
import { Workloads } from './Workloads';
import { t } from '../../i18n/catalogue';
import { LanguagePicker } from './LanguagePicker';
import './shell.css';

function Notices() {
  const notice = useApp((s) => s.notice);
  const failure = useApp((s) => s.failure);
  return (
    <>
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
    </>
  );
}

export type AppVariant = 'home' | 'sandbox' | 'lesson' | 'embed';

function Masthead({ extras, compact }: { extras?: ReactNode; compact?: boolean }) {
  const seed = useApp((s) => s.seed);
  return (
    <header className={`masthead${compact ? ' masthead--compact' : ''}`}>
      <div className="masthead__title">
        {compact ? (
          <h1 className="masthead__name">Podchestra</h1>
        ) : (
          <>
            <h1>
              <a href="./" className="masthead__home">
                Podchestra
              </a>
            </h1>
            <LanguagePicker />
            <p className="tagline">{t('app.tagline', 'A Kubernetes cluster in your browser · seed {seed}', { seed })}</p>
          </>
        )}
      </div>
      <ControlBar />
      {extras && <div className="masthead__extras">{extras}</div>}
    </header>
  );
}

export interface AppProps {
  session: Session;
  /** home: stage + lesson picker; sandbox: free play; lesson: the panel beside the stage; embed: the same in a course page's frame. */
  variant?: AppVariant;
  /** The lesson panel (lesson and embed), or the lesson picker (home). */
  panel?: ReactNode;
  /** Share / Embed buttons in the masthead. */
  extras?: ReactNode;
}

/** The tabs a layout shows: none when everything fits side by side. */
function tabsFor(layout: Layout, variant: AppVariant, hasPanel: boolean): ShellTab[] {
  const lesson: ShellTab[] = hasPanel
    ? [{ id: 'lesson', label: variant === 'home' ? t('tab.lessons', 'Lessons') : t('tab.lesson', 'Lesson') }]
    : [];
  const inspector: ShellTab = { id: 'inspector', label: t('tab.inspector', 'Inspector') };
  if (layout === 'phone') return [...lesson, inspector, { id: 'console', label: t('tab.console', 'Console') }];
  if (layout === 'medium' && hasPanel) return [...lesson, inspector];
  return [];
}

export function App({ session, variant = 'sandbox', panel, extras }: AppProps) {
  return (
    <AppSession.Provider value={session}>
      <Shell session={session} variant={variant} panel={panel} extras={extras} />
    </AppSession.Provider>
  );
}

function Shell({
  session,
  variant,
  panel,
  extras,
}: Required<Pick<AppProps, 'session' | 'variant'>> & Omit<AppProps, 'session' | 'variant'>) {
  const layout = useLayout();
  const tabs = tabsFor(layout, variant, !!panel);
  const [tab, setTab] = useState<TabId>(panel ? 'lesson' : 'inspector');
  const shown: TabId | undefined = tabs.some((t) => t.id === tab) ? tab : tabs[0]?.id;
  const dock = useDockState(variant === 'embed');
  const side = useRef<HTMLDivElement>(null);
  const sheet = useSheetState();
  // A tab the learner picks on a phone opens the sheet over the hall's bottom.
  const selectTab = (id: TabId) => {
    setTab(id);
    if (layout === 'phone') sheet.setExpanded(true);
  };

  // A new selection (a pod clicked on stage, a workload's Inspect) shows the inspector: its tab
  // where the inspector shares a place with the lesson, and its top in the side column.
  const selection = useApp((s) => s.selection);
  const selectedKey = selection ? `${selection.kind}/${selection.namespace ?? ''}/${selection.name}` : '';
  // What the first screen went without (the inspector's body, the audition, a troubled riser's
  // lights out and signs): fetched once the page is live and the browser idle, so the first click
  // on a pod, or the first node going down, rarely waits for it.
  useEffect(() => {
    if (!session.opening)
      void whenIdle(window, IDLE_PRELOAD_TIMEOUT_MS).then(() => {
        preloadInspectorParts();
        preloadRiserTrouble();
      });
  }, [session]);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  useEffect(() => {
    if (!selectedKey) return;
    if (layoutRef.current !== 'wide') setTab('inspector');
    side.current?.scrollTo?.({ top: 0 });
  }, [selectedKey]);

  // When the window narrows into tabs, the tab shown is the one holding the keyboard focus: what the
  // learner was working in (the YAML editor, the console) stays in sight.
  useLayoutEffect(() => {
    if (layout === 'wide') return;
    const holder = document.activeElement?.closest('.shell__lesson, .shell__side, .dock');
    if (holder?.classList.contains('shell__lesson')) setTab('lesson');
    else if (holder?.classList.contains('shell__side')) setTab('inspector');
    else if (holder?.classList.contains('dock')) setTab('console');
  }, [layout]);

  // W asks "Why?" about the selection (why-shortcut.ts): the answer is in the inspector, brought into view.
  const sheetOpen = sheet.setExpanded;
  const showWhy = useCallback(() => {
    if (layoutRef.current !== 'wide') setTab('inspector');
    if (layoutRef.current === 'phone') sheetOpen(true);
    requestAnimationFrame(() => document.getElementById('why-heading')?.scrollIntoView?.({ block: 'nearest' }));
  }, [sheetOpen]);
  useWhyShortcut(session, showWhy);

  const showLog = () => {
    if (layout === 'phone') selectTab('console');
    dock.setOpen(true);
    // After the tab or the dock has opened.
    requestAnimationFrame(() => document.getElementById(EVENTS_LOG_ID)?.focus());
  };

  const classes = ['shell', `shell--${variant}`, `shell--${layout}`, panel ? 'shell--with-panel' : '', tabs.length ? 'shell--tabbed' : ''];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <Masthead compact={variant === 'embed'} extras={extras} />
      <Notices />
      <main className="shell__main">
        <section className="shell__scene" aria-label={t('app.stage', 'Cluster stage')}>
          <div className="shell__stage">
            <Stage session={session} />
          </div>
          <Surtitles onShowLog={showLog} />
        </section>
        {/* The phone's bottom sheet (Sheet.tsx); elsewhere `display: contents`, its children
            placed by the shell's grid as if it were not there. */}
        <Sheet
          phone={layout === 'phone'}
          state={sheet}
          tabs={tabs.length > 0 && shown ? <ShellTabs tabs={tabs} selected={shown} onSelect={selectTab} /> : null}
        >
          {panel && (
            <div className="shell__lesson" {...tabPanelProps(tabs, shown, 'lesson')}>
              {panel}
            </div>
          )}
          <div className="shell__side" ref={side} {...tabPanelProps(tabs, shown, 'inspector')}>
            <Inspector />
            {/* "Why here?" for the picked pod, beside its inspector: under the scene it would take
              the hall's room (and most of a phone's scene). In a stage-root for the stage's colours. */}
            {selection?.kind === 'Pod' && (
              <SessionContext.Provider value={session}>
                <div className="stage-root shell__audition">
                  <Suspense fallback={null}>
                    <LazyAudition />
                  </Suspense>
                </div>
              </SessionContext.Provider>
            )}
            <TrafficSlot />
            <Workloads />
            <EditorLauncher />
          </div>
          <Dock
            state={dock as DockState}
            docked={layout !== 'phone'}
            eventsLogId={EVENTS_LOG_ID}
            {...tabPanelProps(tabs, shown, 'console')}
          />
        </Sheet>
      </main>
    </div>
  );
}

const EVENTS_LOG_ID = 'cluster-events-log';
/** The idle wait for the preload is bounded: on a busy page it starts within this. */
const IDLE_PRELOAD_TIMEOUT_MS = 2_000;
