// One small shape per instrument, so a workload is told apart by shape as well as colour (and
// its name is always written next to it). Decorative: the button's name carries the meaning.
import { memo } from 'react';
import type { Instrument } from './musician-style';

const SHAPES: Record<Instrument['shape'], React.ReactNode> = {
  violin: (
    <>
      <path d="M9 5c-3 0-4 3-2 5-3 1-3 6 0 7 2 1 5 1 7 0 3-1 3-6 0-7 2-2 1-5-2-5z" />
      <path d="M11 2v8" fill="none" />
    </>
  ),
  trumpet: <path d="M2 10h10l8-5v14l-8-5H2z" />,
  drum: (
    <>
      <rect x="3" y="8" width="18" height="10" rx="2" />
      <ellipse cx="12" cy="8" rx="9" ry="3" />
    </>
  ),
  flute: (
    <>
      <rect x="1" y="10" width="22" height="5" rx="2" />
      <circle cx="8" cy="12.5" r="1" fill="var(--stage-bg)" />
      <circle cx="13" cy="12.5" r="1" fill="var(--stage-bg)" />
    </>
  ),
  harp: <path d="M4 21V3c6 2 12 8 16 18z" />,
  piano: (
    <>
      <rect x="2" y="6" width="20" height="12" rx="1" />
      <path d="M7 6v7M12 6v7M17 6v7" fill="none" />
    </>
  ),
  horn: <circle cx="12" cy="12" r="8" />,
  triangle: <path d="M12 3l9 17H3z" />,
};

export const InstrumentIcon = memo(function InstrumentIcon({ instrument, missing }: { instrument: Instrument; missing?: boolean }) {
  return (
    <svg className={`instrument${missing ? ' instrument--missing' : ''}`} viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <g fill={missing ? 'none' : instrument.colour} stroke="currentColor" strokeWidth="1.5" strokeDasharray={missing ? '3 2' : undefined}>
        {SHAPES[instrument.shape]}
      </g>
    </svg>
  );
});
