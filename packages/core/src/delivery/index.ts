// The delivery area of @sextant/core. Each file's exports are listed here as they land.
export * from './dataQuality';
