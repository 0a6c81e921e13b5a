// A riser's seating as drawn: its steps (one tier per row of seats, the back ones higher, and the
// apron in front) and its chairs, one per slice of allocatable CPU (seating.ts); a held chair takes
// the hue of the workload holding it.
import type { Box } from './geometry';
import type { RiserPlan } from './seating';

/** The riser's steps: one tier per row of seats (the back ones higher) and the apron in front. */
function Tiers({ plan, box }: { plan: RiserPlan; box: Box }) {
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

/** The riser's steps and chairs; `holder`: a held seat's number to the hue of the workload holding it. */
export function RiserSeats({ plan, box, holder }: { plan: RiserPlan; box: Box; holder: ReadonlyMap<number, string> }) {
  return (
    <>
      <Tiers plan={plan} box={box} />
      <g className="riser__seats">
        {plan.seats.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: seats are numbered places; the index is the seat.
          <Chair key={i} seat={s} colour={holder.get(i)} />
        ))}
      </g>
    </>
  );
}
