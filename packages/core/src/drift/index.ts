// The drift area of @sextant/core. Each file's exports are listed here as they land.
export * from './ks';
export * from './distances';
export * from './psi';
export * from './chisquare';
