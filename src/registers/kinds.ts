/** `risks` is Appendix 1 (list of corruption risks), `positions` is Appendix 2 (corruption-prone positions). */
export type RegisterKind = 'risks' | 'positions';
export const REGISTER_KINDS: readonly RegisterKind[] = ['risks', 'positions'];

export type RiskColumn = 'number' | 'function' | 'unit' | 'risk' | 'category' | 'level' | 'scope' | 'note';
// A list of posts may give each post's unit a column of its own; the Order's form has none.
export type PositionColumn = 'number' | 'unit' | 'position' | 'powers' | 'risk' | 'level';
export type RegisterColumn = RiskColumn | PositionColumn;
