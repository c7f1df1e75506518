// The data-quality area of @sextant/core: is the data fit to train on (API.md, "data-quality").
export * from '../delivery/dataQuality';
