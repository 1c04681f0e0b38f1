/**
 * The scoring template (docs/template.md): one description drawn by the .xlsx renderer (./xlsx) and by
 * the Apps Script add-on. Pure data and functions: no DOM, no SpreadsheetApp, no Node APIs.
 */
export * from './a1';
export * from './build';
export * as formulas from './formulas';
export * from './layout';
export * from './read';
export * from './summary-sheet';
export * from './types';
