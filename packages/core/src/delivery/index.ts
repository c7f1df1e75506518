// The delivery area of @sextant/core: DORA keys and the MLOps measures of an AI project.
// Data quality moved to its own area, `@sextant/core/data-quality`.
export {};
