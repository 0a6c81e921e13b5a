// Who sits where on a riser: its pods by seniority get seats (one per slice of allocatable CPU, as
// many as a pod's CPU request needs) or standing places at the front, sticky from one render to the
// next (seating.ts); beyond the riser's share of the hall's drawn musicians, a crowd is a count.
import { useMemo, useRef } from 'react';
import type { Pod } from '../../engine';
import { holdsResources, podRequests } from '../stage/node-capacity';
import { bySeniority } from '../stage/stage-layout';
import type { Mark } from './choreographer';
import { assignPlaces, MIN_CELL, type RiserPlan, type SeatChart, seatFeet } from './seating';

/** About a hundred musicians are drawn in the whole hall, however many risers share them. */
export const DRAWN_BUDGET = 100;

export function riserBudget(risers: number): number {
  return Math.max(1, Math.floor(DRAWN_BUDGET / Math.max(1, risers)));
}

export interface DrawnMusician {
  uid: string;
  item: { pod: Pod; mark: Mark };
}

export interface RiserSeating {
  chart: SeatChart;
  drawn: DrawnMusician[];
  /** Pods with no place drawn (the "+37"). */
  overflow: number;
  /** Whether the riser's places are large enough to draw a musician at all. */
  drawable: boolean;
}

export function useRiserSeating(
  pods: readonly Pod[],
  plan: RiserPlan,
  seats: { total: number; unit: number },
  budget: number,
): RiserSeating {
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
  const { total, unit } = seats;
  return useMemo(() => {
    const sorted = [...pods].sort(bySeniority);
    const sitters = sorted.map((p) => ({ uid: p.metadata.uid ?? p.metadata.name, cpu: holdsResources(p) ? podRequests(p).cpu : 0 }));
    const next = assignPlaces(chart.current, sitters, total, unit, drawable ? marks.standing.length : 0, drawable ? budget : 0);
    chart.current = next;
    const drawn: DrawnMusician[] = [];
    for (const p of sorted) {
      const uid = p.metadata.uid ?? p.metadata.name;
      const seat = next.seats.get(uid);
      const spot = next.standing.get(uid);
      const mark = seat !== undefined ? marks.seats[seat] : spot !== undefined ? marks.standing[spot] : undefined;
      if (mark) drawn.push({ uid, item: { pod: p, mark } });
    }
    return { chart: next, drawn, overflow: sorted.length - drawn.length, drawable };
  }, [pods, total, unit, drawable, marks, budget]);
}
