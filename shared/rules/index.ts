export * from './bands';
export * from './expected';
export * from './plan';
export * from './positions';
export * from './rounding';
export * from './rounds';
export * from './scoring';
export * from './weights';
