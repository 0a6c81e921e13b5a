// The podium's cast as simple drawn figures, each with the prop that says what it does: the
// conductor's baton, the stage manager's door, your terminal, the historian's ledger, the seating
// chart and the stage crew's toolbox. Drawn in a local frame (feet near y = 16, head near y = −22,
// centred on x = 0), placed and scaled by the layer. Decorative: each station's text label names it.
import { Hidden } from './Hidden';
import type { CastMember } from './stations';

function Person({ dx = 0 }: { dx?: number }) {
  return (
    <g transform={dx ? `translate(${dx} 0)` : undefined}>
      <circle cx="0" cy="-17" r="5" className="podium-layer__head" />
      <path d="M0-12V4M0-8L-7-1M0-8L7-1M0 4L-5 15M0 4L5 15" className="podium-layer__limb" />
    </g>
  );
}

function Prop({ member }: { member: CastMember }) {
  switch (member) {
    case 'conductor':
      return (
        <>
          <rect x="-13" y="15" width="26" height="7" rx="1" className="podium-layer__prop" />
          <path d="M7-1L18-16" className="podium-layer__baton" />
        </>
      );
    case 'api':
      return (
        <>
          <rect x="-30" y="-26" width="17" height="42" rx="1" className="podium-layer__prop" />
          <circle cx="-16.5" cy="-3" r="1.6" className="podium-layer__ink" />
          <path d="M-5-20a5 5 0 0 1 10 0" className="podium-layer__limb" />
        </>
      );
    case 'you':
      return (
        <>
          <rect x="7" y="-7" width="15" height="11" rx="1.5" className="podium-layer__screen" />
          <path d="M10-3l2.5 2L10 1M14 1.5h4" className="podium-layer__screen-ink" />
        </>
      );
    case 'etcd':
      return (
        <>
          <path d="M6-9l9 2v13l-9-2zM15-7l9-2v13l-9 2z" className="podium-layer__prop" />
          <path d="M8-5l5 1M8-2l5 1M8 1l5 1M17-4l5-1M17-1l5-1" className="podium-layer__ink-line" />
        </>
      );
    case 'scheduler':
      return (
        <>
          <rect x="8" y="-24" width="20" height="16" className="podium-layer__prop" />
          <path d="M8-18.7h20M8-13.3h20M14.7-24v16M21.3-24v16" className="podium-layer__ink-line" />
          <path d="M7-1L12-10" className="podium-layer__limb" />
        </>
      );
    case 'controllers':
      return (
        <>
          <rect x="7" y="4" width="16" height="10" rx="1" className="podium-layer__prop" />
          <path d="M11 4V1h8v3" className="podium-layer__limb" />
          <path d="M-14-2l6 6M-16 0l4-4" className="podium-layer__limb" />
        </>
      );
    case 'kubelets':
      return <path d="M0-20V14M-9-18h18l4 5-4 5H-9z" className="podium-layer__prop" />;
  }
}

export function Figure({ member }: { member: CastMember }) {
  return (
    <Hidden>
      <Prop member={member} />
      {member === 'kubelets' ? null : <Person />}
    </Hidden>
  );
}

/** Each station's label: the character, then (second line) what it stands for. */
export const CAST_LABEL: Record<CastMember, [string, string]> = {
  conductor: ['Conductor', 'control plane'],
  api: ['Stage manager', 'API server'],
  you: ['You', 'kubectl'],
  etcd: ['Historian', 'etcd'],
  scheduler: ['Seating chart', 'scheduler'],
  controllers: ['Stage crew', 'controller manager'],
  kubelets: ['Kubelets', 'one per riser'],
};
