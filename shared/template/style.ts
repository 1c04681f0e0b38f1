/** The template's font and colours, shared by every sheet. */
import type { FontSpec } from './types';

export const FONT: FontSpec = { xlsx: 'TH Sarabun New', sheets: 'Sarabun', size: 16, sheetsSize: 11 };
export const HEADER_FILL = '#1F4E79';
export const HEADER_TEXT = '#FFFFFF';
export const INPUT_FILL = '#FFFDE7';
export const ALERT_FILL = '#FFC7CE';
export const ALERT_TEXT = '#9C0006';
/** A printed table's header: dark text on a light fill, readable in black and white too. */
export const TABLE_HEAD_FILL = '#DDEBF7';
/** Band colours from the best band to the worst. */
export const BAND_COLOURS = ['#C6EFCE', '#DDEBF7', '#FFF2CC', '#FCE4D6', '#FFC7CE'];
