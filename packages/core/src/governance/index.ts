// The governance area of @sextant/core (API.md, "governance"). Exports are listed here by name as they land.
export {};
