import type { HTMLAttributes } from 'react';

/** Content for screen readers only (text alternatives of charts, live announcements). */
export function VisuallyHidden({ className, ...rest }: HTMLAttributes<HTMLSpanElement>) {
  return <span className={className ? `sextant-visually-hidden ${className}` : 'sextant-visually-hidden'} {...rest} />;
}
