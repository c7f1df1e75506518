/**
 * A class label: numbers, strings and booleans, as scikit-learn accepts them. Within one
 * call every label must be of the same kind. Labels sort as scikit-learn sorts them:
 * numbers numerically, strings by Unicode code point, `false < true`.
 */
export type Label = string | number | boolean;

/** `zeroDivision` (scikit-learn's `zero_division`): the value used when a ratio is 0/0. `'warn'` behaves as 0. */
export type ZeroDivision = 0 | 1 | 'warn';
