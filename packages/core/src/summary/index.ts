// The summary area of @sextant/core: the same facts told to each audience.
export * from './status';
export * from './delta';
