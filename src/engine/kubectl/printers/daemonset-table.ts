// `kubectl get daemonsets` columns as kubectl 1.32 prints them.
// [k8s: pkg/printers/internalversion/printers.go daemonSetColumnDefinitions, printDaemonSet]
import { formatSelector } from '../../objects/labels';
import { ageOf } from './age';
import { layoutContainerCells, registerTable } from './columns';
import { formatLabels } from './human';

registerTable('DaemonSet', {
  headers: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE'],
  wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  row(ds, now, wide) {
    const st = ds.status ?? {};
    const n = (v: unknown) => String(v ?? 0);
    const cells = [
      ds.metadata.name,
      n(st.desiredNumberScheduled),
      n(st.currentNumberScheduled),
      n(st.numberReady),
      n(st.updatedNumberScheduled),
      n(st.numberAvailable),
      formatLabels(ds.spec?.template?.spec?.nodeSelector),
      ageOf(ds, now),
    ];
    if (wide) cells.push(...layoutContainerCells(ds.spec?.template?.spec?.containers), formatSelector(ds.spec?.selector));
    return cells;
  },
});
