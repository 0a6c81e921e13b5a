// The home screen's lesson list (navigation "Lessons"): each lesson a link named by its title,
// its state as text ("Done", "Step 3 reached"), plus Export / Import progress. Reads only the
// data-only catalog, so no lesson content loads until one is opened.
import { useId, useRef, useState, useSyncExternalStore } from 'react';
import { catalog } from '../../lessons/catalog';
import { exportProgress, importProgress, MAX_IMPORT_CHARS } from '../../lessons/progress';
import { mergeProgress } from './merge-progress';
import { progressLabel } from './progress-label';
import type { ProgressStore } from './progress-store';
import { t } from '../../i18n/catalogue';
import './lesson.css';

export function LessonPicker({ store }: { store: ProgressStore }) {
  const progress = useSyncExternalStore(store.subscribe, store.get);
  return (
    <nav className="picker panel" aria-label={t('picker.region', 'Lessons')}>
      <h2>{t('picker.heading', 'Lessons')}</h2>
      {store.notice && (
        <p className="notice picker__notice" role="alert">
          {store.notice}
        </p>
      )}
      <ol className="picker__list">
        {catalog.map((entry) => {
          const label = progressLabel(progress, entry.slug);
          return (
            <li key={entry.slug} className="picker__item">
              <a href={`?lesson=${encodeURIComponent(entry.slug)}`}>{t(`catalog.${entry.slug}.title`, entry.title)}</a>{' '}
              <span className={`picker__state${progress.lessons[entry.slug]?.completed ? ' picker__state--done' : ''}`}>{label}</span>
              <span className="picker__meta small muted">
                {entry.challenge ? t('picker.challenge', 'Challenge · ') : ''}
                {t('picker.minutes', '{minutes} min', { minutes: entry.minutes })} · {t(`catalog.${entry.slug}.summary`, entry.summary)}
              </span>
            </li>
          );
        })}
      </ol>
      <ProgressFile store={store} />
    </nav>
  );
}

function ProgressFile({ store }: { store: ProgressStore }) {
  const [message, setMessage] = useState('');
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const doExport = () => {
    const blob = new Blob([exportProgress(store.get())], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'podchestra-progress.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1_000);
    setMessage(t('picker.exported', 'Progress exported as podchestra-progress.json'));
  };
  const doImport = async (file: File | undefined) => {
    if (!file) return;
    if (input.current) input.current.value = '';
    // Checked before reading: a huge file is refused without loading it into memory.
    if (file.size > MAX_IMPORT_CHARS * 4) {
      setMessage(t('picker.tooLarge', 'This file is too large to be Podchestra progress (over 100 kB).'));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage(t('picker.unreadable', 'The file "{name}" could not be read; nothing was imported.', { name: file.name }));
      return;
    }
    const result = importProgress(
      text,
      catalog.map((c) => c.slug),
    );
    if ('error' in result) {
      setMessage(result.error);
      return;
    }
    // Merged, not replaced: lessons finished here since the export stay finished.
    const failed = store.set(mergeProgress(store.get(), result.progress));
    setMessage(
      failed ??
        (result.note
          ? `${t('picker.imported', 'Progress imported and merged.')} ${result.note}`
          : t('picker.imported', 'Progress imported and merged.')),
    );
  };
  return (
    <div className="picker__file">
      <button type="button" className="btn" onClick={doExport}>
        {t('picker.export', 'Export progress')}
      </button>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        onChange={(e) => void doImport(e.target.files?.[0])}
      />
      <label htmlFor={inputId} className="btn picker__import">
        {t('picker.import', 'Import progress')}
      </label>
      <p role="status" className="small">
        {message}
      </p>
    </div>
  );
}
