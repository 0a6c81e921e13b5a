// A decorative part of a layer, hidden from assistive technology: a nested <svg> (same user units,
// nothing clipped), because lint counts a <g> as focusable and refuses aria-hidden on it.
import type { ReactNode } from 'react';

export function Hidden({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" overflow="visible" className={className}>
      {children}
    </svg>
  );
}
