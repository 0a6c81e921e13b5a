// biome-ignore-all lint/a11y/noInteractiveElementToNoninteractiveRole: Biome counts every SVG <g> as interactive; these groups take plain region and list roles.
// A node as a riser: a platform with its name plate (RiserPlate), one seat per slice of allocatable
// CPU (RiserSeats), its musicians in their seats or standing at the front (use-riser-seating.ts),
// and what a learner must notice without reading: the lights out when it is not Ready
// (RiserLightsOut), a rope across it when cordoned and a sign per taint (RiserSigns), the missed
// heartbeats counting (RiserHeartbeat). A crowd beyond its places is a count ("+37").
import { memo, useCallback, useMemo } from 'react';
import type { Pod } from '../../engine';
import { bandFor, podWorkloadKey } from '../stage/band';
import { nodeIsReady, podRequests, quantity } from '../stage/node-capacity';
import { cast } from '../stage/stage-layout';
import { useAppList, useAppState, useSession } from '../stage/use-session';
import { riserNames } from './crowded-names';
import { heartbeatSentence, heartbeatWords } from './heartbeat';
import { shortName } from './musician-label';
import { Musician } from './Musician';
import { plateType } from './plate-type';
import { RiserPlate } from './RiserPlate';
import { RiserSeats } from './RiserSeats';
import { useScene } from './scene-context';
import { planRiser, seatCount, seatUnit } from './seating';
import { riserInTrouble, useRiserTrouble } from './riser-trouble';
import { riserBudget, useRiserSeating } from './use-riser-seating';
import { useMissedHeartbeat } from './use-missed-heartbeat';
import { useLeavers } from './use-leavers';

const NO_PODS: Pod[] = [];

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
  // The front row's names (their line under the feet: musician's baseline at 0.95 em, descent 0.26 em) stay on the riser.
  const plan = useMemo(
    () => planRiser(riserBox, total, { plateH: type.plateH, nameRoom: type.nameRoom, nameH: (type.name ?? type.small) * 1.2 }),
    [riserBox, total, type],
  );
  const seats = useMemo(() => ({ total, unit }), [total, unit]);
  const seating = useRiserSeating(pods, plan, seats, budget);
  // Read when a drawn musician vanishes, not subscribed: a riser must not re-render for every pod in the hall.
  const exists = useCallback((uid: string) => session.store.getState().pods.some((p) => p.metadata.uid === uid), [session]);
  const { leavers, done } = useLeavers(seating.drawn, exists);
  const beat = useMissedHeartbeat(name);
  // The lights out, the rope and signs, the heartbeat count: their own chunk, wanted only here.
  const trouble = useRiserTrouble(riserInTrouble(node) || !!beat);
  const store = session.store;
  if (!box) return null;
  const ready = node ? nodeIsReady(node) : false;
  const dark = !ready;
  // Seats held, by the hue of the workload holding them.
  const holder = new Map<number, string>();
  for (const [uid, first] of seating.chart.seats) {
    const d = seating.drawn.find((x) => x.uid === uid);
    if (!d) continue;
    const colour = bandFor(store).instrumentOf(podWorkloadKey(d.item.pod)).colour;
    const k = Math.max(1, Math.ceil(podRequests(d.item.pod).cpu / unit - 1e-9));
    for (let i = first; i < first + k; i++) holder.set(i, colour);
  }
  // The names written under the musicians, measured against each other and the riser's edges.
  const names = riserNames(
    seating.drawn,
    new Map(
      seating.drawn.map(({ uid, item }) => [
        uid,
        shortName(
          item.pod.metadata.name,
          item.pod.metadata.ownerReferences?.find((o) => o.controller),
        ),
      ]),
    ),
    type.name ?? type.small,
    box.x + 2,
    box.x + box.w - 2,
  );
  const signsTop = plan.plate.y + plan.plate.h + 2;
  // The missed-heartbeat sign hangs first under the plate; the taint signs and the lights-out words under it.
  const beatRow = beat ? type.sign * 1.45 : 0;
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
      <RiserPlate name={name} node={node} pods={pods} box={plan.plate} gone={gone} type={type} />
      <RiserSeats plan={plan} box={box} holder={holder} />
      {node && trouble && <trouble.RiserSigns node={node} box={box} fs={type.sign} signsTop={signsTop + beatRow} />}
      {seating.drawn.map(({ uid, item }) => (
        <Musician
          key={uid}
          pod={item.pod}
          mark={item.mark}
          selected={selectedName === item.pod.metadata.name}
          onSelect={onSelect}
          entrance={door}
          nameSize={type.name}
          nameText={names.get(uid)}
          hideName={!names.has(uid)}
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
        >{`+${seating.overflow}${seating.drawable ? ' more' : ' pods'}`}</text>
      )}
      {dark && trouble && (
        <trouble.RiserLightsOut box={box} plan={plan} type={type} node={node} drawn={seating.drawn} above={beatRow} gone={gone} />
      )}
      {/* Over the lights: the count is what the learner waits on while the riser goes dark. */}
      {beat && node && trouble && (
        <trouble.HeartbeatSign beat={beat} words={heartbeatWords(beat)} box={box} top={signsTop} fs={type.sign} />
      )}
    </g>
  );
});
