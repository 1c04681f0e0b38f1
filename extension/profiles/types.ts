/** Site profiles (teach mode) are the engine's shapes: extension/engine/types.ts. */
export type { ControlKind, FieldMapping, RowMapping, SiteProfile, ValueKind } from '../engine/types';
