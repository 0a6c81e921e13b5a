// biome-ignore-all lint/a11y/noInteractiveElementToNoninteractiveRole: Biome counts every SVG <g> as interactive; these groups take plain region and list roles.
// The wings at the side of the hall: Pending musicians the scheduler has not seated wait here,
// each beside a card with the scheduler's reason (the PodScheduled condition's message, e.g.
// "0/3 nodes are available: 3 Insufficient cpu."). Once bound, a musician's button moves to its
// riser and the choreographer walks it there from where it stood; newcomers enter by the door.
import { memo, useCallback, useMemo } from 'react';
import type { Pod } from '../../engine';
import { schedulerReason } from '../stage/musician-style';
import { cast } from '../stage/stage-layout';
import { useAppList, useAppState, useSession } from '../stage/use-session';
import type { Mark } from './choreographer';
import type { Box, SceneLayout } from './geometry';
import { Musician } from './Musician';
import { useScene } from './scene-context';
import { useLeavers } from './use-leavers';
import { wrap } from './wrap';

/** Places in the wings: a musician and its card side by side, in a column (landscape) or a row (portrait). */
export interface WingsPlace {
  mark: Mark;
  card: Box;
}

const TITLE_H = 44;
const PORTRAIT_TITLE_H = 30;

export function wingsPlaces(layout: SceneLayout): WingsPlace[] {
  const w = layout.wings;
  const portrait = layout.orientation === 'portrait';
  // Portrait (a phone): a short strip under the podium; one row of places under the title, the
  // door at the row's right end.
  const inner = portrait
    ? { x: w.x + 6, y: w.y + PORTRAIT_TITLE_H, w: w.w - 12 - 40, h: w.h - PORTRAIT_TITLE_H - 4 }
    : { x: w.x + 10, y: w.y + TITLE_H, w: w.w - 20, h: w.h - TITLE_H - 40 };
  const cols = portrait ? 2 : 1;
  const rows = portrait ? 1 : Math.max(1, Math.floor(inner.h / 96));
  const cw = inner.w / cols;
  const ch = inner.h / rows;
  const out: WingsPlace[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const x = inner.x + c * cw;
      const y = inner.y + r * ch;
      const fig = Math.min(ch * 0.85, 80);
      out.push({
        mark: { at: { x: x + fig * 0.38, y: y + Math.min(ch, fig + 6) - 10 }, scale: fig / 70 },
        card: portrait
          ? { x: x + fig * 0.8, y: y + 1, w: cw - fig * 0.8 - 6, h: ch - 3 }
          : { x: x + fig * 0.8, y: y + 4, w: cw - fig * 0.8 - 6, h: ch - 12 },
      });
    }
  return out;
}

function Card({ id, box, text }: { id: string; box: Box; text: string }) {
  const fs = 12.5;
  const perLine = Math.max(8, Math.floor((box.w - 12) / (fs * 0.55)));
  const maxLines = Math.max(1, Math.floor((box.h - 8) / (fs * 1.2)));
  const lines = wrap(text, perLine, maxLines);
  return (
    <g className="wings__card">
      {/* The whole reason, for the musician's description; the card may show it cut short. */}
      <desc id={id}>{text}</desc>
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={6} />
      <text x={box.x + 6} y={box.y + fs + 3} fontSize={fs}>
        {lines.map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a wrapped line's index is its place.
          <tspan key={i} x={box.x + 6} dy={i === 0 ? 0 : fs * 1.2}>
            {i < lines.length - 1 ? `${l} ` : l}
          </tspan>
        ))}
      </text>
    </g>
  );
}

export const Wings = memo(function Wings() {
  const session = useSession();
  const { layout } = useScene();
  const pods = useAppList((s) => cast(s.nodes, s.pods).wings);
  const selectedName = useAppState((s) => (s.selection?.kind === 'Pod' ? s.selection.name : undefined));
  const onSelect = useCallback(
    (p: Pod) => session.actions.select({ kind: 'Pod', namespace: p.metadata.namespace, name: p.metadata.name }),
    [session],
  );
  const places = useMemo(() => wingsPlaces(layout), [layout]);
  const shown = useMemo(() => pods.slice(0, places.length), [pods, places]);
  const drawn = useMemo(
    () => shown.map((p, i) => ({ uid: p.metadata.uid ?? p.metadata.name, item: { pod: p, place: places[i] } })),
    [shown, places],
  );
  // A pod that left the wings because it was bound is not leaving: its riser draws it now.
  const exists = useCallback((uid: string) => session.store.getState().pods.some((p) => p.metadata.uid === uid), [session]);
  const { leavers, done } = useLeavers(drawn, exists);
  const w = layout.wings;
  return (
    // tabIndex -1: focus lands here when a focused musician leaves the wings for good.
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <section>; it takes the region role.
    <g role="region" aria-label="Unscheduled pods" tabIndex={-1} className="wings">
      <rect x={w.x} y={w.y} width={w.w} height={w.h} rx={10} className="wings__floor" />
      <path className="wings__curtain" d={curtain(w, layout.orientation === 'portrait')} />
      <text x={w.x + 14} y={w.y + 26} className="wings__title">
        The wings
        <tspan className="wings__count" dx={8}>{`${pods.length} unscheduled pod${pods.length === 1 ? '' : 's'}`}</tspan>
      </text>
      {pods.length === 0 && (
        <text x={w.x + 14} y={w.y + 58} className="wings__nobody">
          {wrap('Nobody is waiting: every pod has a seat.', Math.floor((w.w - 40) / 7.5), 3).map((l, i, lines) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a wrapped line's index is its place.
            <tspan key={i} x={w.x + 14} dy={i === 0 ? 0 : 18}>
              {i < lines.length - 1 ? `${l} ` : l}
            </tspan>
          ))}
        </text>
      )}
      {drawn.map(({ uid, item }) => {
        const reason = schedulerReason(item.pod);
        const id = reason ? `why-${uid}` : undefined;
        return (
          <g key={uid}>
            {reason && id && <Card id={id} box={item.place.card} text={reason} />}
            <Musician
              pod={item.pod}
              mark={item.place.mark}
              selected={selectedName === item.pod.metadata.name}
              onSelect={onSelect}
              describedBy={id}
            />
          </g>
        );
      })}
      {leavers.map(({ uid, item }) => (
        <Musician key={`leaving-${uid}`} pod={item.pod} mark={item.place.mark} selected={false} onSelect={onSelect} leaving onGone={done} />
      ))}
      {pods.length > shown.length && (
        <text x={w.x + w.w - 12} y={w.y + w.h - 12} textAnchor="end" className="scene__crowd">{`+${pods.length - shown.length} more`}</text>
      )}
      <path className="wings__door" d={doorPath(w)} />
    </g>
  );
});

/** The curtain: a drape down the side of the wings that faces the risers (the top in portrait). */
function curtain(w: Box, portrait: boolean): string {
  if (portrait) {
    const y = w.y + 6;
    let d = `M${w.x} ${y}`;
    for (let x = w.x; x < w.x + w.w; x += 40) d += `q10 14 20 0q10 14 20 0`;
    return d;
  }
  const x = w.x + w.w - 6;
  let d = `M${x} ${w.y}`;
  for (let y = w.y; y < w.y + w.h; y += 40) d += `q-12 10 0 20q-12 10 0 20`;
  return d;
}

/** The door to the hall: a frame with an arrow through it, where musicians come and go. */
function doorPath(w: Box): string {
  const x = w.x + w.w - 20;
  const y = w.y + w.h - 10;
  return `M${x - 16} ${y}v-34h22v34M${x - 30} ${y - 16}h26m-6 -6l6 6l-6 6`;
}
