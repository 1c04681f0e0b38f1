/// <reference types="google-apps-script" />
/**
 * The adapter over SpreadsheetApp for the active spreadsheet. Each method touches one range (or one
 * sheet setting) with batch calls; nothing here loops over cells.
 */
import { parseRange } from '../../shared/template/a1';
import type { A1, ConditionalFormat, Validation } from '../../shared/template/types';
import type { SheetInfo, SheetsAdapter, SheetValue, Style } from './adapter';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class SpreadsheetAppAdapter implements SheetsAdapter {
  private readonly book = SpreadsheetApp.getActiveSpreadsheet();

  private sheet(name: string): Sheet {
    const s = this.book.getSheetByName(name);
    if (!s) throw new Error(`ไม่พบชีต "${name}" (sheet not found)`);
    return s;
  }

  private range(sheet: string, a1: A1) {
    const { row, col, rows, cols } = parseRange(a1);
    return this.sheet(sheet).getRange(row, col, rows, cols);
  }

  sheets(): SheetInfo[] {
    return this.book
      .getSheets()
      .map((s) => ({ name: s.getName(), lastRow: s.getLastRow(), lastColumn: s.getLastColumn() }));
  }

  insertSheet(name: string, index: number): void {
    this.book.insertSheet(name, index);
  }

  deleteSheet(name: string): void {
    this.book.deleteSheet(this.sheet(name));
  }

  resetSheet(name: string, keepContents: boolean): void {
    const s = this.sheet(name);
    for (const p of s.getProtections(SpreadsheetApp.ProtectionType.RANGE)) p.remove();
    s.clearConditionalFormatRules();
    s.getDataRange().clearDataValidations();
    if (keepContents) s.clearFormats();
    else s.clear();
    s.getDataRange().breakApart();
    s.setHiddenGridlines(false);
    s.setFrozenRows(0);
    s.setFrozenColumns(0);
    s.showColumns(1, s.getMaxColumns());
  }

  setValues(sheet: string, row: number, col: number, values: SheetValue[][]): void {
    if (!values.length || !values[0]!.length) return;
    this.sheet(sheet).getRange(row, col, values.length, values[0]!.length).setValues(values);
  }

  setFormulas(sheet: string, row: number, col: number, formulas: string[][]): void {
    if (!formulas.length || !formulas[0]!.length) return;
    this.sheet(sheet).getRange(row, col, formulas.length, formulas[0]!.length).setFormulas(formulas);
  }

  getValues(sheet: string, row: number, col: number, rows: number, cols: number): SheetValue[][] {
    if (rows < 1 || cols < 1) return [];
    return this.sheet(sheet).getRange(row, col, rows, cols).getValues() as SheetValue[][];
  }

  getFormulas(sheet: string, row: number, col: number, rows: number, cols: number): string[][] {
    if (rows < 1 || cols < 1) return [];
    return this.sheet(sheet).getRange(row, col, rows, cols).getFormulas();
  }

  setFont(sheet: string, a1: A1, family: string, size: number): void {
    this.range(sheet, a1).setFontFamily(family).setFontSize(size);
  }

  setStyle(sheet: string, a1: A1, style: Style): void {
    const r = this.range(sheet, a1);
    if (style.bold) r.setFontWeight('bold');
    if (style.background) r.setBackground(style.background);
    if (style.color) r.setFontColor(style.color);
    if (style.size) r.setFontSize(style.size);
    if (style.wrap) r.setWrap(true);
    if (style.align) r.setHorizontalAlignment(style.align);
    if (style.valign) r.setVerticalAlignment(style.valign);
    // Sheets has no number format for Thai digits: thaiDigits is left out, numbers show Arabic digits.
    if (style.numberFormat) r.setNumberFormat(style.numberFormat);
    if (style.border)
      r.setBorder(true, true, true, true, true, true, '#808080', SpreadsheetApp.BorderStyle.SOLID);
  }

  setValidation(sheet: string, a1: A1, rule: Validation, help: string): void {
    let b = SpreadsheetApp.newDataValidation();
    switch (rule.kind) {
      case 'list':
        b = b.requireValueInList(rule.values.map(String), true);
        break;
      case 'range': {
        const m = /^'((?:[^']|'')+)'!(.+)$/.exec(rule.source);
        if (!m) throw new Error(`bad range: ${rule.source}`);
        b = b.requireValueInRange(this.range(m[1]!.replace(/''/g, "'"), m[2]!), true);
        break;
      }
      case 'number':
        b = b.requireNumberBetween(rule.min, rule.max);
        break;
    }
    this.range(sheet, a1).setDataValidation(b.setAllowInvalid(!rule.strict).setHelpText(help).build());
  }

  setConditionalFormats(sheet: string, rules: ConditionalFormat[]): void {
    const s = this.sheet(sheet);
    s.setConditionalFormatRules(
      rules.map((r) => {
        const b = SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied(`=${r.formula}`)
          .setBackground(r.background)
          .setRanges([this.range(sheet, r.range)]);
        return (r.color ? b.setFontColor(r.color) : b).build();
      }),
    );
  }

  setColumnWidths(sheet: string, col: number, count: number, pixels: number): void {
    this.sheet(sheet).setColumnWidths(col, count, pixels);
  }

  hideColumns(sheet: string, col: number, count: number): void {
    this.sheet(sheet).hideColumns(col, count);
  }

  merge(sheet: string, a1: A1): void {
    this.range(sheet, a1).merge();
  }

  setRowHeights(sheet: string, row: number, count: number, pixels: number): void {
    // Forced: Sheets would otherwise shrink a row back to fit a single line of text.
    this.sheet(sheet).setRowHeightsForced(row, count, pixels);
  }

  hideGridlines(sheet: string): void {
    this.sheet(sheet).setHiddenGridlines(true);
  }

  freeze(sheet: string, rows: number, cols: number): void {
    const s = this.sheet(sheet);
    s.setFrozenRows(rows);
    s.setFrozenColumns(cols);
  }

  protectRanges(sheet: string, ranges: A1[], description: string): void {
    for (const a1 of ranges) this.range(sheet, a1).protect().setDescription(description).setWarningOnly(true);
  }

  activeCell(): { sheet: string; row: number; col: number } | null {
    const r = this.book.getActiveRange();
    return r ? { sheet: r.getSheet().getName(), row: r.getRow(), col: r.getColumn() } : null;
  }

  activate(sheet: string): void {
    this.sheet(sheet).activate();
  }
}
