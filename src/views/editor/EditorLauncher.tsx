// The buttons that open the YAML editor: `Edit YAML` opens the selected workload (edit-target.ts:
// a selected musician's Deployment or StatefulSet, trimmed the way a learner edits it), or a
// starter manifest when nothing is selected; with a selection, `New manifest` opens the template.
// The editor and the `yaml` package load only when first opened (React.lazy), keeping them out of
// the page's first JavaScript.
import { lazy, Suspense, useRef, useState } from 'react';
import { useApp } from '../app/use-store';
import { type EditSource, editLabel, editTarget } from './edit-target';

export type { EditSource } from './edit-target';

const YamlEditor = lazy(() => import('./YamlEditor'));

export function EditorLauncher() {
  // Only the target's words re-render this (not every pod change).
  const key = useApp((s) => {
    const t = editTarget(s.selection, s);
    return t ? `${t.kind}/${t.namespace}/${t.name}` : '';
  });
  const [kind, namespace, name] = key.split('/');
  const target: EditSource | undefined = key ? { kind: kind as EditSource['kind'], namespace, name } : undefined;
  const [open, setOpen] = useState<{ source: EditSource | null; key: number; from: 'edit' | 'new' } | null>(null);
  const edit = useRef<HTMLButtonElement>(null);
  const fresh = useRef<HTMLButtonElement>(null);
  const show = (source: EditSource | null, from: 'edit' | 'new') => setOpen((o) => ({ source, key: (o?.key ?? 0) + 1, from }));
  return (
    <>
      <div className="actions editor-launcher">
        <button ref={edit} type="button" className="btn" onClick={() => show(target ?? null, 'edit')}>
          {editLabel(target)}
        </button>
        {target && (
          <button ref={fresh} type="button" className="btn" onClick={() => show(null, 'new')}>
            New manifest
          </button>
        )}
      </div>
      {open && (
        <Suspense fallback={<p className="panel muted">Loading the YAML editor…</p>}>
          <YamlEditor
            key={open.key}
            source={open.source}
            onClose={() => {
              const from = open.from;
              setOpen(null);
              (from === 'new' ? (fresh.current ?? edit.current) : edit.current)?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
