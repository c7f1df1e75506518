// The goals area of @sextant/core (API.md, "goals"). Exports are listed here by name as they land.
export {};
