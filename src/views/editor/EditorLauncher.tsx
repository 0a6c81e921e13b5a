// The buttons that open the YAML editor: `Edit YAML` (a starter manifest) and, for a selected
// Deployment or Pod, `Edit <name> YAML` (its live object, trimmed the way a learner edits it).
// The editor and the `yaml` package load only when first opened (React.lazy), keeping them out of
// the page's first JavaScript.
import { lazy, Suspense, useRef, useState } from 'react';
import { useApp } from '../app/use-store';

const YamlEditor = lazy(() => import('./YamlEditor'));

export interface EditSource {
  kind: 'Deployment' | 'Pod';
  namespace: string;
  name: string;
}

export function EditorLauncher() {
  const selection = useApp((s) => s.selection);
  const [open, setOpen] = useState<{ source: EditSource | null; key: number } | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const editable: EditSource | null =
    selection && (selection.kind === 'Deployment' || selection.kind === 'Pod')
      ? { kind: selection.kind, namespace: selection.namespace ?? 'default', name: selection.name }
      : null;
  const show = (source: EditSource | null) => setOpen((o) => ({ source, key: (o?.key ?? 0) + 1 }));
  return (
    <>
      <div className="actions editor-launcher">
        <button ref={opener} type="button" className="btn" onClick={() => show(null)}>
          Edit YAML
        </button>
        {editable && (
          <button type="button" className="btn" onClick={() => show(editable)}>
            Edit {editable.name} YAML
          </button>
        )}
      </div>
      {open && (
        <Suspense fallback={<p className="panel muted">Loading the YAML editor…</p>}>
          <YamlEditor
            key={open.key}
            source={open.source}
            onClose={() => {
              setOpen(null);
              opener.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
