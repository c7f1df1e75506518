import type { DeliveryStatus } from '@sextant/core';
import type { HTMLAttributes } from 'react';

const LABELS: Record<DeliveryStatus, string> = { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track' };

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps extends HTMLAttributes<HTMLSpanElement> {
  status: DeliveryStatus;
  /** Text shown; defaults to "On track" / "At risk" / "Off track". */
  label?: string;
}

/** A status pill whose colour comes from `--sextant-status-*`; the text always says the status, so colour is never the only cue. */
export function StatusBadge({ status, label, className, ...rest }: StatusBadgeProps) {
  return (
    <span className={className ? `sextant-status ${className}` : 'sextant-status'} data-status={status} {...rest}>
      {label ?? LABELS[status]}
    </span>
  );
}
