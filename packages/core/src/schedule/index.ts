// The schedule area of @sextant/core. Each file's exports are listed here as they land.
export * from './availability';
export { validateMember, DEFAULT_NIGHT } from './member';
export type { TeamMember, InstantInput, MemberValidation, NightWindow } from './member';
