// The experiments area of @sextant/core (API.md, "experiments"). Exports are listed here by name as they land.
export {};
