export type { Label } from '../internal/labels';

/** `zeroDivision` (scikit-learn's `zero_division`): the value used when a ratio is 0/0. `'warn'` behaves as 0. */
export type ZeroDivision = 0 | 1 | 'warn';
