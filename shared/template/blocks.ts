/** Reading a sheet description's blocks, fill-down blocks included. */
import { slideRows } from './a1';
import { type Block, type Cell, isFormula, type SheetSpec } from './types';

/** How many rows a block fills. */
export function blockRows(b: Block): number {
  return b.fillDown ?? b.cells.length;
}

/** The last row any block of the sheet fills (0 for none). */
export function lastBlockRow(sheet: SheetSpec): number {
  return Math.max(0, ...sheet.blocks.map((b) => b.row + blockRows(b) - 1));
}

/** The block's row of cells at sheet row `row`, fill-down formulas moved to that row; undefined outside. */
export function blockLine(b: Block, row: number): Cell[] | undefined {
  if (b.fillDown === undefined) return b.cells[row - b.row];
  const by = row - b.row;
  if (by < 0 || by >= b.fillDown) return undefined;
  return b.cells[0]!.map((c) => (isFormula(c) ? { f: slideRows(c.f, by) } : c));
}

/** The cell at (row, col) of a sheet, from whichever block holds it. */
export function sheetCell(sheet: SheetSpec, row: number, col: number): Cell | undefined {
  for (const b of sheet.blocks) {
    const line = blockLine(b, row);
    if (line && col >= b.col && col < b.col + line.length) return line[col - b.col];
  }
  return undefined;
}
