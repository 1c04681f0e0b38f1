/**
 * Reading tables the way a person does: which column a cell is in (colspan and rowspan counted),
 * the header texts above it, and the other cells of its row.
 */
import { ControlCounts, type TextCache } from './dom';
import { ITEM_LABEL } from './rules';

interface TableInfo {
  rowAt: Map<Element, number>;
  /** covering[row][column] → the cell covering it. */
  covering: (Element | undefined)[][];
  cellColumn: Map<Element, number>;
  /** Indexes of rows without controls (header, caption and section rows), ascending. */
  headerRows: number[];
  /**
   * columnHeaders' answers, by the last header row above (its place in headerRows, plus one) and
   * column: every cell of a column below the same header rows reads the same headers.
   */
  headersAt: (string[] | undefined)[][];
}

/** A row's own cells (never those of a table nested in it). */
function cellsOf(row: Element): HTMLTableCellElement[] {
  const cells: HTMLTableCellElement[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling)
    if (c.localName === 'td' || c.localName === 'th') cells.push(c as HTMLTableCellElement);
  return cells;
}

/** How many header rows above a cell we read. */
const HEADER_DEPTH = 3;

export class Tables {
  readonly #tables = new Map<Element, TableInfo>();
  readonly #rowTexts = new Map<Element, string[]>();
  readonly #rowCells = new Map<Element, Element[]>();
  readonly #cells = new Map<Element, HTMLTableCellElement[]>();
  readonly #rowItems = new Map<Element, Map<Element, string[]> | null>();
  readonly #text: TextCache;
  readonly #controls: ControlCounts;

  constructor(text: TextCache, controls = new ControlCounts()) {
    this.#text = text;
    this.#controls = controls;
  }

  readonly #rowTable = new Map<Element, HTMLTableElement | null>();

  #tableOf(row: Element): HTMLTableElement | null {
    let table = this.#rowTable.get(row);
    if (table === undefined) {
      table = row.closest('table');
      this.#rowTable.set(row, table);
    }
    return table;
  }

  /** A row's own cells, read once a pass. */
  #cellsOf(row: Element): HTMLTableCellElement[] {
    let cells = this.#cells.get(row);
    if (!cells) {
      cells = cellsOf(row);
      this.#cells.set(row, cells);
    }
    return cells;
  }

  #info(table: HTMLTableElement): TableInfo {
    let info = this.#tables.get(table);
    if (info) return info;
    info = { rowAt: new Map(), covering: [], cellColumn: new Map(), headerRows: [], headersAt: [] };
    const rows = [...(table.rows ?? [])].filter((r) => r.closest('table') === table);
    const grid: (Element | undefined)[][] = rows.map(() => []);
    info.covering = grid;
    rows.forEach((row, r) => {
      info!.rowAt.set(row, r);
      const line = grid[r]!;
      let col = 0;
      for (const cell of this.#cellsOf(row)) {
        while (line[col]) col++;
        info!.cellColumn.set(cell, col);
        const span = Math.max(1, (cell as HTMLTableCellElement).colSpan || 1);
        const down = Math.max(1, (cell as HTMLTableCellElement).rowSpan || 1);
        for (let dr = 0; dr < down && r + dr < rows.length; dr++) {
          const target = grid[r + dr]!;
          for (let dc = 0; dc < span; dc++) target[col + dc] = cell;
        }
        col += span;
      }
      if (!this.#controls.in(row)) info!.headerRows.push(r);
    });
    this.#tables.set(table, info);
    return info;
  }

  /** Header texts above a cell, nearest first: from rows of its table that hold no controls. */
  columnHeaders(cell: Element): string[] {
    const row = cell.parentElement;
    const table = row ? this.#tableOf(row) : null;
    if (!row || !table) return [];
    const info = this.#info(table);
    const r = info.rowAt.get(row);
    const c = info.cellColumn.get(cell);
    if (r === undefined || c === undefined) return [];
    // Header rows are ascending: from the last one above this row, walk up. (A cell starts in its
    // own row, so it never covers one of the header rows above it.)
    const last = info.headerRows.findLastIndex((h) => h < r);
    info.headersAt[last + 1] ??= [];
    const byColumn = info.headersAt[last + 1]!;
    let out = byColumn[c];
    if (out) return out;
    out = [];
    for (let i = last; i >= 0 && out.length < HEADER_DEPTH; i--) {
      const head = info.covering[info.headerRows[i]!]?.[c];
      if (!head) continue;
      const t = this.#text.get(head);
      if (t && !out.includes(t)) out.push(t);
    }
    byColumn[c] = out;
    return out;
  }

  /** The cells of a row that hold text and no controls, in order. */
  textCells(row: Element): Element[] {
    let cells = this.#rowCells.get(row);
    if (!cells) {
      cells = this.#cellsOf(row).filter((cell) => !this.#controls.in(cell) && this.#text.get(cell));
      this.#rowCells.set(row, cells);
    }
    return cells;
  }

  /** Texts of the cells of a row that hold no controls, in order, empty ones left out. */
  cellTexts(row: Element): string[] {
    let texts = this.#rowTexts.get(row);
    if (!texts) {
      texts = this.textCells(row).map((cell) => this.#text.get(cell));
      this.#rowTexts.set(row, texts);
    }
    return texts;
  }

  /**
   * The texts a control in `row` reads as its row: the whole row's, except in a row that sets two
   * or more items side by side (a name, then its controls; again a name, then its controls), where
   * a control reads only its own item, the text cells after the previous control's cell.
   */
  itemTexts(row: Element, el: Element): string[] {
    let items = this.#rowItems.get(row);
    if (items === undefined) {
      items = this.#items(row);
      this.#rowItems.set(row, items);
    }
    const cell = items && this.#cellsOf(row).find((c) => c.contains(el));
    return (cell && items?.get(cell)) ?? this.cellTexts(row);
  }

  /** Each control cell's item texts, or null when the row holds one item (or none). */
  #items(row: Element): Map<Element, string[]> | null {
    const items = new Map<Element, string[]>();
    let texts: string[] = [];
    let labelled = 0;
    for (const cell of this.#cellsOf(row)) {
      if (this.#controls.in(cell)) {
        if (texts.some((t) => ITEM_LABEL.test(t))) labelled++;
        items.set(cell, texts);
        texts = [];
        continue;
      }
      const t = this.#text.get(cell);
      if (t) texts.push(t);
    }
    return labelled >= 2 ? items : null;
  }

  /** The cell of a row under a header matching `pattern`, if any. */
  cellUnder(row: Element, pattern: RegExp): Element | null {
    for (const cell of this.#cellsOf(row)) {
      if (this.columnHeaders(cell).some((h) => pattern.test(h))) return cell;
    }
    return null;
  }
}
