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
import type { Box, Point } from './geometry';
import { Musician } from './Musician';
import { useScene } from './scene-context';
import { TYPE } from './type-scale';
import { LAND, landscapeCard, PORTRAIT_PLACES_X, slotX, wingsDoor, wingsPlaces } from './wings-plan';
import { useLeavers } from './use-leavers';
import { wrap } from './wrap';

/** Lines of `text` in a box at `fs`, wrapped at spaces (about 0.6 em a character) and cut with an ellipsis. */
function cardLines(text: string, box: Box, fs: number, lineH: number): string[] {
  const perLine = Math.max(8, Math.floor((box.w - 12) / (fs * 0.56)));
  const maxLines = Math.max(1, Math.floor((box.h - 8) / lineH));
  return wrap(text, perLine, maxLines);
}

function Card({ id, box, text, fs = 12.5 }: { id?: string; box: Box; text: string; fs?: number }) {
  const lineH = fs * 1.18;
  const lines =
    fs > 13
      ? cardLines(text, box, fs, lineH)
      : wrap(text, Math.max(8, Math.floor((box.w - 12) / (fs * 0.55))), Math.max(1, Math.floor((box.h - 8) / (fs * 1.2))));
  return (
    <g className="wings__card">
      {/* The whole reason, for the musician's description; the card may show it cut short. */}
      {id && <desc id={id}>{text}</desc>}
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={6} />
      <text x={box.x + 6} y={box.y + fs + 3} style={{ fontSize: fs }}>
        {lines.map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a wrapped line's index is its place.
          <tspan key={i} x={box.x + 6} dy={i === 0 ? 0 : lineH}>
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
  const land = layout.orientation === 'landscape';
  const type = TYPE[layout.orientation];
  const firstReason = land ? drawn.map((d) => schedulerReason(d.item.pod)).find(Boolean) : undefined;
  const more = pods.length - shown.length;
  return (
    // tabIndex -1: focus lands here when a focused musician leaves the wings for good.
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <section>; it takes the region role.
    <g role="region" aria-label="Unscheduled pods" tabIndex={-1} className="wings">
      <rect x={w.x} y={w.y} width={w.w} height={w.h} rx={10} className="wings__floor" />
      <path className="wings__curtain" d={curtain(w, !land)} />
      {land ? (
        <>
          <text x={w.x + 14} y={w.y + LAND.titleY} className="wings__title" style={{ fontSize: type.title }}>
            The wings
          </text>
          <text x={w.x + 14} y={w.y + LAND.countY} className="wings__count" style={{ fontSize: type.small }}>
            {`${pods.length} unscheduled`}
          </text>
        </>
      ) : (
        <>
          <text x={w.x + 12} y={w.y + 22} className="wings__title" style={{ fontSize: type.title }}>
            The wings
          </text>
          <text x={w.x + 12} y={w.y + 42} className="wings__count" style={{ fontSize: type.small }}>
            {`${pods.length} unscheduled`}
          </text>
        </>
      )}
      {pods.length === 0 &&
        (land ? (
          <Card box={landscapeCard(w)} text="Nobody waits: every pod has a seat." fs={type.small} />
        ) : (
          <text x={w.x + PORTRAIT_PLACES_X} y={w.y + 22} className="wings__nobody" style={{ fontSize: type.small }}>
            {wrap('Nobody is waiting: every pod has a seat.', Math.floor((w.w - PORTRAIT_PLACES_X - 50) / (type.small * 0.6)), 2).map(
              (l, i, lines) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a wrapped line's index is its place.
                <tspan key={i} x={w.x + PORTRAIT_PLACES_X} dy={i === 0 ? 0 : type.small * 1.3}>
                  {i < lines.length - 1 ? `${l} ` : l}
                </tspan>
              ),
            )}
          </text>
        ))}
      {land && firstReason && <Card box={landscapeCard(w)} text={firstReason} fs={type.small} />}
      {drawn.map(({ uid, item }) => {
        const reason = schedulerReason(item.pod);
        const id = reason ? `why-${uid}` : undefined;
        return (
          <g key={uid}>
            {/* Landscape: one card shows the first reason; each musician keeps its own as its description. */}
            {reason && id && (land ? <desc id={id}>{reason}</desc> : <Card id={id} box={item.place.card} text={reason} fs={type.small} />)}
            <Musician
              pod={item.pod}
              mark={item.place.mark}
              selected={selectedName === item.pod.metadata.name}
              onSelect={onSelect}
              describedBy={id}
              nameSize={type.small}
            />
          </g>
        );
      })}
      {leavers.map(({ uid, item }) => (
        <Musician
          key={`leaving-${uid}`}
          pod={item.pod}
          mark={item.place.mark}
          selected={false}
          onSelect={onSelect}
          leaving
          onGone={done}
          nameSize={type.small}
        />
      ))}
      {more > 0 &&
        (land ? (
          <text
            x={slotX(w, LAND.slots - 1)}
            y={w.y + LAND.feetY + type.small * 1.05}
            textAnchor="middle"
            className="scene__crowd"
            style={{ fontSize: type.small }}
          >{`+${more}`}</text>
        ) : (
          <text
            x={w.x + w.w - 48}
            y={w.y + w.h - 8}
            textAnchor="end"
            className="scene__crowd"
            style={{ fontSize: type.small }}
          >{`+${more}`}</text>
        ))}
      <path className="wings__door" d={land ? doorFrame(wingsDoor(layout)) : doorPath(w)} />
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

/** The landscape door: a frame standing in the row of waiting musicians, an arrow out of it towards the risers. */
function doorFrame(d: Point): string {
  const sill = d.y + 14;
  return `M${d.x - 11} ${sill}v-36h22v36M${d.x - 4} ${sill - 18}h18m-6 -6l6 6l-6 6`;
}

/** The door to the hall: a frame with an arrow through it, where musicians come and go. */
function doorPath(w: Box): string {
  const x = w.x + w.w - 20;
  const y = w.y + w.h - 10;
  return `M${x - 16} ${y}v-34h22v34M${x - 30} ${y - 16}h26m-6 -6l6 6l-6 6`;
}
