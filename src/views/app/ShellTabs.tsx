// The shell's tabs where panels share one place (a phone's sheet; the column beside the scene in a
// course page's frame): the WAI-ARIA tabs pattern with automatic activation. Arrow keys, Home and
// End move between tabs; Tab goes on into the panel.
import { t } from '../../i18n/catalogue';
import { useRef } from 'react';

export type TabId = 'lesson' | 'inspector' | 'console';

export interface ShellTab {
  id: TabId;
  label: string;
}

const tabId = (id: TabId) => `shell-tab-${id}`;
const panelId = (id: TabId) => `shell-panel-${id}`;

/** A panel's tab roles when it is one of the tabs; nothing when it stands on its own. */
export function tabPanelProps(
  tabs: readonly ShellTab[],
  shown: TabId | undefined,
  id: TabId,
): { role?: 'tabpanel'; id?: string; 'aria-labelledby'?: string; hidden?: boolean } {
  if (!tabs.some((t) => t.id === id)) return {};
  return { role: 'tabpanel', id: panelId(id), 'aria-labelledby': tabId(id), hidden: shown !== id };
}

export function ShellTabs({ tabs, selected, onSelect }: { tabs: readonly ShellTab[]; selected: TabId; onSelect: (id: TabId) => void }) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: React.KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === selected);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    const to = tabs[next];
    if (!to) return;
    e.preventDefault();
    onSelect(to.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(to.id)}`)?.focus();
  };
  return (
    <div className="shell__tabs" role="tablist" aria-label={t('tabs.label', 'Panels')} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={tabId(t.id)}
          aria-selected={t.id === selected}
          aria-controls={panelId(t.id)}
          tabIndex={t.id === selected ? 0 : -1}
          className="shell__tab"
          onClick={() => onSelect(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
