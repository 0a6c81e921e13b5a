// biome-ignore-all lint/a11y/noInteractiveElementToNoninteractiveRole: Biome counts every SVG <g> as interactive; these groups take plain region and list roles.
// A node as a riser: a platform with its name plate (name, STATUS, CPU and memory requested),
// one seat per slice of allocatable CPU, its musicians in their seats or standing at the front,
// and what a learner must notice without reading: the lights out when it is not Ready, a rope
// across it when cordoned, a sign per taint. A crowd beyond its places is a count ("+37").
import { memo, useCallback, useMemo, useRef } from 'react';
import type { Node, Pod } from '../../engine';
import { bandFor, podWorkloadKey } from '../stage/band';
import {
  capacityUse,
  formatCpu,
  formatMemory,
  holdsResources,
  nodeIsReady,
  nodeStatusText,
  podRequests,
  quantity,
  troubledConditions,
} from '../stage/node-capacity';
import { crewOn } from '../stage/crew-layout';
import { bySeniority, cast } from '../stage/stage-layout';
import { useAppList, useAppState, useSession } from '../stage/use-session';
import type { Mark } from './choreographer';
import type { Box, Orientation } from './geometry';
import { heartbeatSentence } from './heartbeat';
import { Musician } from './Musician';
import { HeartbeatSign, useMissedHeartbeat } from './RiserHeartbeat';
import { useScene } from './scene-context';
import { TYPE } from './type-scale';
import { assignPlaces, FIGURE_H, MIN_CELL, planRiser, type RiserPlan, type SeatChart, seatCount, seatFeet, seatUnit } from './seating';
import { lightsOutWords, type LightsOutBand } from './lights-out';
import { useLeavers } from './use-leavers';
import { RiserLightsOut as LightsOut } from './RiserLightsOut';
import { fitText } from './wrap';

const NO_PODS: Pod[] = [];

/** About a hundred musicians are drawn in the whole hall, however many risers share them. */
export const DRAWN_BUDGET = 100;

export function riserBudget(risers: number): number {
  return Math.max(1, Math.floor(DRAWN_BUDGET / Math.max(1, risers)));
}

/** Sizes of a riser's words and its plate: landscape from the type scale, portrait as before. */
export interface PlateType {
  title: number;
  small: number;
  /** The plate's height: the title line and the capacity line under it. */
  plateH: number;
  /** Room a standing musician's name needs (planRiser hands places out that far apart first). */
  nameRoom: number;
  /** A musician's name, in viewBox units (undefined: the figure's own size). */
  name?: number;
  /** Signs (rope, taints), lights out and counts. */
  sign: number;
  /** The STATUS on a line of its own under the name, and no capacity line (the phone's narrow risers). */
  twoLines?: boolean;
}

export function plateType(orientation: Orientation, box: Box): PlateType {
  if (orientation === 'portrait') {
    // The phone's type size (type-scale.ts): the plate in two lines, the name over its STATUS (a
    // phone's riser is about 110 units wide); a crowd of risers shrinks its words with them.
    const k = Math.min(1, box.w / 100, box.h / 120);
    const { title, small } = TYPE.portrait;
    return {
      title: title * k,
      small: small * k,
      plateH: title * k * 1.25 + small * k * 1.3 + 4 * k,
      nameRoom: small * k * 3.4,
      // A name a size up: the busy phone hall (a wrapped surtitle, the wings' card) draws at about
      // 0.87 px a unit, where 12.5 units are 10.8 px; 13.25 keep names at 11 px or more.
      name: 13.25 * k,
      sign: small * k,
      twoLines: true,
    };
  }
  // Full size on risers as large as three nodes get; a crowd of risers shrinks its words with them.
  const k = Math.min(1, box.w / 240, box.h / 200);
  const { title, small } = TYPE.landscape;
  return {
    title: title * k,
    small: small * k,
    plateH: title * k * 1.3 + small * k * 1.3 + 6 * k,
    nameRoom: small * k * 3.4,
    name: small * k,
    sign: small * k,
  };
}

/** About how wide a line of sans-serif is, in em per character (DejaVu Sans, the widest we meet). */
const EM_PER_CHAR = 0.6;

/** How wide the name bar's words are: the name in the title size, then `● STATUS` in the small one. */
const plateWords = (name: string, status: string, t: { title: number; small: number }) =>
  name.length * t.title * (EM_PER_CHAR + 0.04) + (status.length + 3) * t.small * EM_PER_CHAR;

/** The STATUS as it fits the plate: whole, else its first condition and an ellipsis (the rope tells the rest). */
export function fitStatus(name: string, status: string, t: { title: number; small: number }, width: number): string {
  if (plateWords(name, status, t) <= width || !status.includes(',')) return status;
  return `${status.split(',')[0]},…`;
}

/**
 * Whether the crew's road case fits beside the name and STATUS as drawn; where it does not (a
 * narrow portrait riser), the plate's words win and the node's inspector still names the crew.
 */
export function crewCaseFits(name: string, shown: string, t: { title: number; small: number }, width: number, room: number): boolean {
  return plateWords(name, shown, t) + room <= width;
}

/**
 * The crew's mark at the name bar's right end: a road case, with a count when more than one crew
 * pod works here. The crew (kube-system's pods: kube-proxy on every node, CoreDNS) are not the
 * band, so they are not drawn as musicians (session/crew.ts); the case says they are there without
 * taking a seat or a name's room, its title names them, and the node's inspector lists them.
 */
function CrewCase({ words, right, top, size }: { words: string; right: number; top: number; size: number }) {
  const n = words.split(', ').length;
  const w = size * 1.1;
  const h = size * 0.8;
  const x = right - (n > 1 ? size * 0.75 : 0) - w;
  const label = `Crew (kube-system): ${words}`;
  return (
    <g className="riser__crew" role="img" aria-label={label}>
      <title>{label}</title>
      <rect x={x} y={top + size * 0.15} width={w} height={h} rx={size * 0.12} />
      <path d={`M${x + w * 0.35} ${top + size * 0.15}v${-size * 0.12}h${w * 0.3}v${size * 0.12}M${x} ${top + size * 0.15 + h / 2}h${w}`} />
      {n > 1 && (
        <text x={right} y={top + size * 0.9} textAnchor="end" fontSize={size * 0.8}>
          {n}
        </text>
      )}
    </g>
  );
}

/** Room the crew's case takes at the name bar's end. */
const crewRoom = (words: string, size: number) => (words ? size * (words.includes(', ') ? 2.1 : 1.4) : 0);

function Plate({
  name,
  node,
  pods,
  box,
  gone,
  type,
}: {
  name: string;
  node?: Node;
  pods: readonly Pod[];
  box: Box;
  gone?: boolean;
  type: PlateType;
}) {
  const session = useSession();
  const crew = useAppState((s) => crewOn(s.crew, name));
  const selected = useAppState((s) => s.selection?.kind === 'Node' && s.selection.name === name);
  const ready = node ? nodeIsReady(node) : false;
  const status = node ? nodeStatusText(node) : 'Unknown';
  const use = node ? capacityUse(node, pods) : undefined;
  const troubled = node ? troubledConditions(node) : [];
  const fs = type.title;
  const small = type.small;
  const select = () => session.actions.select({ kind: 'Node', name });
  const capacity = use
    ? `CPU ${formatCpu(use.cpuRequested)} / ${formatCpu(use.cpuAllocatable)} · mem ${formatMemory(use.memoryRequested)} / ${formatMemory(use.memoryAllocatable)}`
    : '';
  const second = box.y + fs * 1.35 + small * 1.15;
  const room = crewRoom(crew, small);
  const shown = fitStatus(name, status, type, box.w - 12 - room);
  const showCrew = !!crew && crewCaseFits(name, shown, type, box.w - 12, room);
  return (
    <g className="riser__plate">
      {/* The name plate is the node's button: the inspector opens on it. */}
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it takes the role, focus and keys of one. */}
      <g
        role="button"
        tabIndex={node ? 0 : -1}
        aria-label={`Inspect ${name}`}
        aria-pressed={selected}
        className={`riser__name${selected ? ' riser__name--selected' : ''}`}
        onClick={node ? select : undefined}
        onKeyDown={(e) => {
          if (node && (e.key === 'Enter' || e.key === ' ')) {
            e.preventDefault();
            select();
          }
        }}
      >
        <rect x={box.x} y={box.y} width={box.w} height={type.twoLines ? type.plateH - 2 : fs * 1.35} rx={4} className="riser__name-bg" />
        <text x={box.x + 6} y={box.y + fs * 1.02} className="riser__title" fontSize={fs}>
          {name}
          {type.twoLines ? (
            <tspan
              className={ready ? 'riser__status--ready' : 'riser__status--down'}
              x={box.x + 6}
              dy={small * 1.25}
              fontSize={small}
              {...fitText(`○ ${status}`, small, box.w - 12)}
            >
              {`${ready ? '●' : '○'} ${status}`}
            </tspan>
          ) : (
            <tspan className={ready ? 'riser__status--ready' : 'riser__status--down'} dx={fs * 0.4} fontSize={small}>
              {`${ready ? '●' : '○'} ${shown}`}
            </tspan>
          )}
        </text>
      </g>
      {showCrew && <CrewCase words={crew} right={box.x + box.w - 5} top={box.y + (fs * 1.35 - small) / 2} size={small} />}
      {use && box.h > 30 && !type.twoLines && (
        <text x={box.x + 6} y={second} className="riser__capacity" fontSize={small} {...fitText(capacity, small, box.w - 8)}>
          <title>{`Requested by its pods, of what the node can allocate: CPU ${formatCpu(use.cpuRequested)} of ${formatCpu(use.cpuAllocatable)}, memory ${formatMemory(use.memoryRequested)} of ${formatMemory(use.memoryAllocatable)}`}</title>
          {capacity}
        </text>
      )}
      {troubled.length > 0 && ready && box.h > 30 && !type.twoLines && (
        <text
          x={box.x + 6}
          y={second + small * 1.2}
          className="riser__conditions"
          fontSize={small}
          {...fitText(`Conditions: ${troubled.join(', ')}`, small, box.w - 8)}
        >
          {`Conditions: ${troubled.join(', ')}`}
        </text>
      )}
      {!node && gone && !type.twoLines && (
        <text
          x={box.x + 6}
          y={second}
          className="riser__capacity"
          fontSize={small}
          {...fitText('Node deleted: these pods have no stage', small, box.w - 8)}
        >
          Node deleted: these pods have no stage
        </text>
      )}
    </g>
  );
}

/** The cordon's own taint: the rope says it, so the landscape hall draws no second sign for it. */
const CORDON_TAINT = 'node.kubernetes.io/unschedulable';

/**
 * A taint's words on its sign. The landscape hall writes the key's last segment (a riser is a few
 * hundred units wide); the whole taint is the sign's title (its accessible name and tooltip).
 */
export function taintWords(t: { key: string; value?: string; effect: string }, short: boolean): string {
  const key = short ? (t.key.split('/').pop() ?? t.key) : t.key;
  return `⚠ ${short ? '' : 'taint '}${key}${t.value ? `=${t.value}` : ''}:${t.effect}`;
}

/**
 * The rope across a cordoned riser and a sign per taint, each with its words. `signsTop`: the
 * landscape hall hangs the signs under the name plate, above the seats and clear of the musicians'
 * names at the front; otherwise they stand along the riser's front edge.
 */
function Props({ node, box, fs, signsTop }: { node: Node; box: Box; fs: number; signsTop?: number }) {
  const rope = node.spec?.unschedulable;
  const all = node.spec?.taints ?? [];
  const taints = signsTop === undefined ? all : all.filter((t) => !(rope && t.key === CORDON_TAINT));
  if (!rope && taints.length === 0) return null;
  const y = box.y + box.h * 0.55;
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <ul>; it takes the list role.
    <g className="riser__props" role="list" aria-label="Taints and cordon">
      {rope && (
        // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <li>.
        <g className="riser__rope" role="listitem">
          <line x1={box.x + 4} y1={y} x2={box.x + box.w - 4} y2={y + 6} />
          <circle cx={box.x + 4} cy={y} r={4} />
          <circle cx={box.x + box.w - 4} cy={y + 6} r={4} />
          <text x={box.x + box.w / 2} y={y - 4} textAnchor="middle" fontSize={fs} className="riser__sign-text">
            cordoned: no new pods
          </text>
        </g>
      )}
      {taints.map((t, i) => {
        const top = signsTop === undefined ? box.y + box.h - (i + 1) * fs * 1.5 - 4 : signsTop + i * fs * 1.45;
        const words = taintWords(t, signsTop !== undefined);
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <li>.
          <g key={`${t.key}:${t.effect}`} className="riser__taint" role="listitem">
            {signsTop !== undefined && <title>{taintWords(t, false)}</title>}
            <rect x={box.x + 4} y={top} width={box.w - 8} height={fs * 1.35} rx={3} />
            <text x={box.x + 10} y={top + fs * 1.02} fontSize={fs} {...(signsTop !== undefined ? fitText(words, fs, box.w - 20) : {})}>
              {words}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** The riser's steps: one tier per row of seats (the back ones higher) and the apron in front. */
function Tiers({ plan, box }: { plan: ReturnType<typeof planRiser>; box: Box }) {
  const rows = [];
  for (let r = 0; r < plan.seatRows; r++) {
    const y = plan.seats[r * Math.ceil(plan.seats.length / plan.seatRows)]?.y ?? 0;
    rows.push(
      <rect
        key={r}
        x={box.x + 2}
        y={y + plan.cell * 0.5}
        width={box.w - 4}
        height={plan.cell * 0.5}
        className={`riser__tier riser__tier--${r % 2}`}
      />,
    );
  }
  return (
    <g>
      {rows}
      <rect
        x={box.x + 2}
        y={plan.apron.y + plan.cell * 0.2}
        width={box.w - 4}
        height={Math.max(0, box.y + box.h - plan.apron.y - plan.cell * 0.2 - 2)}
        className="riser__apron"
      />
    </g>
  );
}

/** A chair: back and seat; a held one takes the hue of the workload holding it. */
function Chair({ seat, colour }: { seat: Box; colour?: string }) {
  const w = seat.w * 0.62;
  const x = seat.x + (seat.w - w) / 2;
  return (
    <g className={colour ? 'seat seat--taken' : 'seat'} style={colour ? { fill: colour } : undefined}>
      <rect x={x + w * 0.1} y={seat.y + seat.h * 0.3} width={w * 0.8} height={seat.h * 0.36} rx={seat.w * 0.06} />
      <rect x={x} y={seat.y + seat.h * 0.64} width={w} height={seat.h * 0.12} rx={seat.w * 0.03} />
      <path
        d={`M${x + w * 0.12} ${seat.y + seat.h * 0.76}v${seat.h * 0.2}M${x + w * 0.88} ${seat.y + seat.h * 0.76}v${seat.h * 0.2}`}
        className="seat__legs"
      />
    </g>
  );
}

/**
 * Musicians whose names would run into a neighbour's (same row, closer than `room`): left to
 * right, a name is written only where there is room since the last one written. The accessible
 * name and the title always carry it.
 */
export function namesCrowded(drawn: readonly { uid: string; item: { mark: Mark } }[], room: number): Set<string> {
  const rows = new Map<number, { uid: string; x: number }[]>();
  for (const { uid, item } of drawn) {
    const y = Math.round(item.mark.at.y);
    const row = rows.get(y) ?? [];
    row.push({ uid, x: item.mark.at.x });
    rows.set(y, row);
  }
  const out = new Set<string>();
  for (const row of rows.values()) {
    let last = Number.NEGATIVE_INFINITY;
    for (const m of row.sort((a, b) => a.x - b.x)) {
      if (m.x - last < room) out.add(m.uid);
      else last = m.x;
    }
  }
  return out;
}

/** A figure's posture mark (♪, ❄) stands this far above its head, in the figure's units. */
const MARK_ABOVE_HEAD = 14;

/**
 * The free band of a dark riser for its words: under the plate and the signs hung beneath it,
 * and above every drawn musician's head, so the words never cover a figure or its name.
 */
export function lightsBand(
  box: Box,
  plan: Pick<RiserPlan, 'plate'>,
  type: PlateType,
  node: Node | undefined,
  drawn: readonly { item: { mark: Mark } }[],
  /** Signs hung above the taints' (the missed-heartbeat count), in units. */
  above = 0,
): LightsOutBand {
  const rope = !!node?.spec?.unschedulable;
  const signs = (node?.spec?.taints ?? []).filter((t) => !(rope && t.key === CORDON_TAINT)).length;
  const top = plan.plate.y + plan.plate.h + 2 + above + signs * type.sign * 1.45;
  let bottom = box.y + box.h - 6;
  for (const { item } of drawn) bottom = Math.min(bottom, item.mark.at.y - (FIGURE_H + MARK_ABOVE_HEAD) * item.mark.scale);
  return { top, bottom, width: box.w - 16 };
}

export const Riser = memo(function Riser({ name, gone }: { name: string; gone?: boolean }) {
  const session = useSession();
  const { layout, door } = useScene();
  const box = layout.risers.get(name);
  const node = useAppState((s) => s.nodes.find((n) => n.metadata.name === name));
  const pods = useAppList((s) => cast(s.nodes, s.pods).byNode.get(name) ?? NO_PODS);
  const budget = useAppState((s) => riserBudget(cast(s.nodes, s.pods).stages.length));
  const selectedName = useAppState((s) => (s.selection?.kind === 'Pod' ? s.selection.name : undefined));
  const onSelect = useCallback(
    (p: Pod) => session.actions.select({ kind: 'Pod', namespace: p.metadata.namespace, name: p.metadata.name }),
    [session],
  );
  const cores = quantity(node?.status?.allocatable?.cpu);
  const unit = seatUnit(cores);
  const total = seatCount(cores);
  const riserBox = box ?? { x: 0, y: 0, w: 0, h: 0 };
  const type = useMemo(() => plateType(layout.orientation, riserBox), [layout.orientation, riserBox]);
  const plan = useMemo(() => planRiser(riserBox, total, { plateH: type.plateH, nameRoom: type.nameRoom }), [riserBox, total, type]);
  // One Mark object per place, so a musician's props stay the same while it keeps its place.
  const marks = useMemo(
    () => ({
      seats: plan.seats.map((s, i): Mark => ({ at: seatFeet(s), scale: plan.scale, alternate: i % 2 === 1 })),
      standing: plan.standing.map((p, i): Mark => ({ at: p, scale: plan.scale, alternate: i % 2 === 1 })),
    }),
    [plan],
  );
  const chart = useRef<SeatChart | undefined>(undefined);
  const drawable = plan.cell >= MIN_CELL;
  const seating = useMemo(() => {
    const sorted = [...pods].sort(bySeniority);
    const sitters = sorted.map((p) => ({ uid: p.metadata.uid ?? p.metadata.name, cpu: holdsResources(p) ? podRequests(p).cpu : 0 }));
    const next = assignPlaces(chart.current, sitters, total, unit, drawable ? marks.standing.length : 0, drawable ? budget : 0);
    chart.current = next;
    const drawn: { uid: string; item: { pod: Pod; mark: Mark } }[] = [];
    for (const p of sorted) {
      const uid = p.metadata.uid ?? p.metadata.name;
      const seat = next.seats.get(uid);
      const spot = next.standing.get(uid);
      const mark = seat !== undefined ? marks.seats[seat] : spot !== undefined ? marks.standing[spot] : undefined;
      if (mark) drawn.push({ uid, item: { pod: p, mark } });
    }
    return { chart: next, drawn, overflow: sorted.length - drawn.length };
  }, [pods, total, unit, drawable, marks, budget]);
  // Read when a drawn musician vanishes, not subscribed: a riser must not re-render for every pod in the hall.
  const exists = useCallback((uid: string) => session.store.getState().pods.some((p) => p.metadata.uid === uid), [session]);
  const { leavers, done } = useLeavers(seating.drawn, exists);
  const beat = useMissedHeartbeat(name);
  const store = session.store;
  if (!box) return null;
  const ready = node ? nodeIsReady(node) : false;
  const dark = !ready;
  const conditions = node ? troubledConditions(node) : [];
  // Seats held, by the hue of the workload holding them.
  const holder = new Map<number, string>();
  for (const [uid, first] of seating.chart.seats) {
    const d = seating.drawn.find((x) => x.uid === uid);
    if (!d) continue;
    const colour = bandFor(store).instrumentOf(podWorkloadKey(d.item.pod)).colour;
    const k = Math.max(1, Math.ceil(podRequests(d.item.pod).cpu / unit - 1e-9));
    for (let i = first; i < first + k; i++) holder.set(i, colour);
  }
  const crowded = namesCrowded(seating.drawn, type.nameRoom * 0.9);
  const lightsFs = type.sign;
  const condFs = type.sign;
  const signsTop = plan.plate.y + plan.plate.h + 2;
  // The missed-heartbeat sign hangs first under the plate; the taint signs and the lights-out words under it.
  const beatRow = beat ? type.sign * 1.45 : 0;
  const lights = lightsOutWords(lightsBand(box, plan, type, node, seating.drawn, beatRow), lightsFs, condFs, conditions);
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <section>; it takes the region role.
    <g
      role="region"
      aria-label={beat ? `Node ${name}, ${heartbeatSentence(beat)}` : `Node ${name}`}
      // Focus lands here when a focused musician leaves this riser.
      tabIndex={-1}
      className={`riser${dark ? ' riser--dark' : ''}${node?.spec?.unschedulable ? ' riser--cordoned' : ''}`}
    >
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={Math.min(14, box.h * 0.08)} className="riser__platform" />
      <path d={`M${box.x} ${box.y + box.h - 6}h${box.w}`} className="riser__edge" />
      <Plate name={name} node={node} pods={pods} box={plan.plate} gone={gone} type={type} />
      <Tiers plan={plan} box={box} />
      <g className="riser__seats">
        {plan.seats.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: seats are numbered places; the index is the seat.
          <Chair key={i} seat={s} colour={holder.get(i)} />
        ))}
      </g>
      {node && <Props node={node} box={box} fs={type.sign} signsTop={signsTop + beatRow} />}
      {seating.drawn.map(({ uid, item }) => (
        <Musician
          key={uid}
          pod={item.pod}
          mark={item.mark}
          selected={selectedName === item.pod.metadata.name}
          onSelect={onSelect}
          entrance={door}
          nameSize={type.name}
          hideName={crowded.has(uid)}
        />
      ))}
      {leavers.map(({ uid, item }) => (
        <Musician
          key={`leaving-${uid}`}
          pod={item.pod}
          mark={item.mark}
          selected={false}
          onSelect={onSelect}
          leaving
          onGone={done}
          nameSize={type.name}
        />
      ))}
      {seating.overflow > 0 && (
        <text
          x={box.x + box.w - 8}
          y={box.y + box.h - 10}
          textAnchor="end"
          style={{ fontSize: type.sign * 1.1 }}
          className="scene__crowd"
        >{`+${seating.overflow}${drawable ? ' more' : ' pods'}`}</text>
      )}
      {dark && <LightsOut box={box} gone={gone} lights={lights} fs={lightsFs} condFs={condFs} />}
      {/* Over the lights: the count is what the learner waits on while the riser goes dark. */}
      {beat && node && <HeartbeatSign beat={beat} box={box} top={signsTop} fs={type.sign} />}
    </g>
  );
});
