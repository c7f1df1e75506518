// The connectors area of @sextant/core (API.md, "connectors"). Exports are listed here by name as they land.
export {};
