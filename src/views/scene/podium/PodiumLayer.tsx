// The conductor's podium as a layer of the scene: the control plane's cast drawn at fixed stations
// inside `layout.podium`, fixed cue lines between them and down to each riser's kubelet, the
// historian's ledger, and the trace playing on those lines as notes (PodiumNotes.tsx: places a
// function of virtual time, one requestAnimationFrame loop writing through refs; labels while
// paused or slow; counts per path above 4×; reduced motion; the polite live sentence).
import { memo, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { Station } from '../../stage/podium-notes';
import type { ScenePositions, SceneLayout } from '../geometry';
import { topCentre } from '../geometry';
import { CAST_LABEL, Figure } from './Figures';
import { Hidden } from './Hidden';
import { useLayerSession } from './layer-session';
import { ledgerKey } from './ledger';
import { type CastMember, type PodiumGeometry, podiumGeometry } from './stations';
import type { LabelSetting } from './podium-obstacles';
import { fitText } from '../wrap';
import './podium-layer.css';
import { Notes } from './PodiumNotes';
import { labelSetting, type PodiumWords, wordsFor } from './podium-words';

const SPOKES: Station[] = ['you', 'etcd', 'scheduler', 'controllers', 'kubelets'];
const CAST: CastMember[] = ['conductor', 'scheduler', 'controllers', 'you', 'api', 'etcd', 'kubelets'];

export interface PodiumLayerProps {
  layout: SceneLayout;
  /** Unused by the podium today (its cue lines end at the risers' tops); kept for a common layer signature. */
  positions: ScenePositions;
}

export const PodiumLayer = memo(function PodiumLayer({ layout }: PodiumLayerProps) {
  const box = layout.podium;
  const geo = useMemo(() => podiumGeometry(box, layout.orientation === 'landscape' ? true : 'phone'), [box, layout.orientation]);
  const s = geo.scale;
  const words = useMemo(() => wordsFor(geo), [geo]);
  const risers = [...layout.risers.entries()];
  return (
    // biome-ignore lint/a11y/useSemanticElements: no <section> inside SVG; the group is the podium's named region
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a <g> is not interactive; lint counts it so
    <g className="podium-layer" role="region" aria-label="Control plane">
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={8 * s} className="podium-layer__floor" />
      <Hidden>
        {SPOKES.map((st) => (
          <line key={st} x1={geo.at.api.x} y1={geo.at.api.y} x2={geo.at[st].x} y2={geo.at[st].y} className="podium-layer__cue" />
        ))}
        {risers.map(([node, r]) => {
          const top = topCentre(r);
          return (
            <line
              key={node}
              x1={geo.at.api.x}
              y1={geo.at.api.y}
              x2={top.x}
              y2={top.y}
              className="podium-layer__cue podium-layer__cue--kubelet"
            />
          );
        })}
      </Hidden>
      {CAST.filter((m) => !(geo.phone && m === 'kubelets')).map((m) => (
        <g
          key={m}
          className={`podium-layer__station podium-layer__station--${m}`}
          transform={`translate(${geo.at[m].x} ${geo.at[m].y}) scale(${s})`}
        >
          <Figure member={m} />
          {/* The kubelets' post sits low in the box: its words go beside it, not below. */}
          <StationLabel member={m} setting={labelSetting(geo, words)} hall={geo.hall} />
        </g>
      ))}
      <Ledger geo={geo} words={words} box={box} />
      <Notes layout={layout} geo={geo} words={words} />
    </g>
  );
});

/** Two lines under a figure: who (bold) and what it stands for; the kubelets' post has them beside it. */
function StationLabel({ member, setting, hall }: { member: CastMember; setting: LabelSetting; hall: boolean }) {
  const [who, what] = CAST_LABEL[member];
  const beside = member === 'kubelets';
  // The hall's Kubelets post has no words: every kubelet there is a named riser (stations.ts).
  if (setting.unlabelled?.includes(member)) return null;
  const x = beside ? 16 : 0;
  return (
    <text
      x={x}
      y={beside ? -12 : setting.firstY}
      textAnchor={beside ? 'start' : 'middle'}
      className="podium-layer__label"
      style={hall ? { fontSize: setting.fs } : undefined}
    >
      <tspan className="podium-layer__who">{`${who}:`}</tspan>
      <tspan x={x} dy={setting.pitch}>
        {what}
      </tspan>
    </text>
  );
}

/** The historian's ledger beside her: the revision and the last writes (three, two in the hall). Redraws on a new write only. */
const Ledger = memo(function Ledger({ geo, words, box }: { geo: PodiumGeometry; words: PodiumWords; box: SceneLayout['podium'] }) {
  const session = useLayerSession();
  // In the hall a line is as long as the room right of the historian allows (about 0.6 em a character).
  const room = (box.x + box.w - geo.ledger.x - 4) / geo.scale;
  const nameMax = geo.hall ? Math.max(8, Math.floor(room / (words.ledger * 0.6)) - 7) : undefined;
  // The hall's ledger has room for the revision and the last two writes under the stage crew's label.
  const key = useStore(session.store, (st) => ledgerKey(st.trace, nameMax, geo.hall ? 2 : 3));
  const [revision, ...fresh] = key.split('\n');
  // The trace holds the last 5 s only; the ledger keeps its last lines through a quiet spell
  // (until the revision goes back: a rewind).
  const kept = useRef({ revision: 0, lines: [] as string[] });
  const rev = Number(revision) || 0;
  if (fresh.length > 0 || rev < kept.current.revision) kept.current = { revision: rev, lines: fresh };
  else kept.current.revision = Math.max(kept.current.revision, rev);
  const lines = kept.current.lines;
  const { x, y } = geo.ledger;
  const s = geo.scale;
  const anchor = geo.narrow ? 'end' : 'start';
  const fs = words.ledger;
  const style = geo.hall ? { fontSize: fs } : undefined;
  const head = revision ? `etcd revision ${revision}` : 'ledger idle';
  return (
    <g className="podium-layer__ledger" transform={`translate(${x} ${y}) scale(${s})`}>
      <text textAnchor={anchor} className="podium-layer__revision" style={style} {...(geo.hall ? fitText(head, fs * 1.1, room) : {})}>
        {head}
      </text>
      {lines.map((l, i) => (
        <text
          key={l}
          y={(geo.hall ? fs * 1.15 : 11) * (i + 1)}
          textAnchor={anchor}
          className="podium-layer__ledger-line"
          style={style}
          {...(geo.hall ? fitText(l, fs, room) : {})}
        >
          {l}
        </text>
      ))}
    </g>
  );
});
