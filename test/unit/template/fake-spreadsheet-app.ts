/**
 * A small stand-in for Apps Script's SpreadsheetApp, backed by the in-memory adapter, so the pushed
 * Code.js (with the real SpreadsheetApp adapter inside) can run in a Node vm. It implements only
 * what the add-on calls, and counts every call on a range or sheet.
 */
import { MemoryAdapter } from '../../../apps-script/server/memory-adapter';
import { rangeA1 } from '../../../shared/template/a1';
import type { Validation } from '../../../shared/template/types';

// biome-ignore lint/suspicious/noExplicitAny: a stand-in for a loosely typed API
type Any = Record<string, any>;

export function fakeSpreadsheetApp(names: string[] = ['ชีต1']) {
  const memory = new MemoryAdapter(names);
  let calls = 0;
  const counted = <T extends object>(o: T): T =>
    new Proxy(o, {
      get(target, key) {
        const v = (target as Record<string | symbol, unknown>)[key];
        if (typeof v === 'function') calls++;
        return v;
      },
    });

  const range = (sheet: string, row: number, col: number, rows = 1, cols = 1) => {
    const a1 = rangeA1(row, col, rows, cols);
    const self: Any = {};
    /** Runs a side effect and returns the range, as Range methods do for chaining. */
    const chain =
      <A extends unknown[]>(f: (...args: A) => void) =>
      (...args: A) => {
        f(...args);
        return self;
      };
    Object.assign(self, {
      setValues: chain((v: never) => memory.setValues(sheet, row, col, v)),
      setFormulas: chain((f: never) => memory.setFormulas(sheet, row, col, f)),
      getValues: () => memory.getValues(sheet, row, col, rows, cols),
      getFormulas: () => memory.getFormulas(sheet, row, col, rows, cols),
      setFontFamily: () => self,
      setFontSize: () => self,
      setFontWeight: () => self,
      setBackground: () => self,
      setFontColor: () => self,
      setWrap: () => self,
      setBorder: () => self,
      setHorizontalAlignment: () => self,
      setVerticalAlignment: () => self,
      setNumberFormat: () => self,
      merge: chain(() => memory.merge(sheet, a1)),
      breakApart: () => self,
      clearDataValidations: () => self,
      setDataValidation: (rule: never) => {
        const r = rule as unknown as { rule: Validation; help: string };
        memory.setValidation(sheet, a1, r.rule, r.help);
        return self;
      },
      protect: () => {
        memory.protectRanges(sheet, [a1], '');
        const p: Any = { setDescription: () => p, setWarningOnly: () => p };
        return p;
      },
      a1,
      sheet,
    });
    return counted(self);
  };

  const sheetApi = (name: string) => {
    const info = () => memory.sheets().find((s) => s.name === name)!;
    return counted({
      getName: () => name,
      getLastRow: () => info().lastRow,
      getLastColumn: () => info().lastColumn,
      getMaxColumns: () => 26,
      getRange: (r: number, c: number, nr?: number, nc?: number) => range(name, r, c, nr, nc),
      getDataRange: () => range(name, 1, 1, Math.max(1, info().lastRow), Math.max(1, info().lastColumn)),
      setColumnWidths: (c: number, n: number, px: number) => memory.setColumnWidths(name, c, n, px),
      hideColumns: (c: number, n: number) => memory.hideColumns(name, c, n),
      showColumns: () => undefined,
      setRowHeightsForced: (r: number, n: number, px: number) => memory.setRowHeights(name, r, n, px),
      setHiddenGridlines: (hide: boolean) => {
        if (hide) memory.hideGridlines(name);
      },
      setFrozenRows: (n: number) => memory.freeze(name, n, memory.sheet(name).frozen.cols),
      setFrozenColumns: (n: number) => memory.freeze(name, memory.sheet(name).frozen.rows, n),
      getProtections: () => [],
      clearConditionalFormatRules: () => undefined,
      setConditionalFormatRules: (rules: { formula: string; range: string; background: string }[]) =>
        memory.setConditionalFormats(name, rules),
      clear: () => memory.resetSheet(name, false),
      clearFormats: () => undefined,
      activate: () => memory.activate(name),
    });
  };

  const book = counted({
    getSheets: () => memory.book.map((s) => sheetApi(s.name)),
    getSheetByName: (n: string) => (memory.book.some((s) => s.name === n) ? sheetApi(n) : null),
    insertSheet: (n: string, i: number) => {
      memory.insertSheet(n, i);
      return sheetApi(n);
    },
    deleteSheet: (s: { getName(): string }) => memory.deleteSheet(s.getName()),
    /** The user's selection: the memory adapter's `select` sets it. */
    getActiveRange: () => {
      const at = memory.selected;
      return at
        ? { getSheet: () => sheetApi(at.sheet), getRow: () => at.row, getColumn: () => at.col }
        : null;
    },
  });

  const validationBuilder = () => {
    const state: { rule: Validation | null; strict: boolean; help: string } = {
      rule: null,
      strict: true,
      help: '',
    };
    const b: Any = {};
    const step =
      <A extends unknown[]>(f: (...args: A) => void) =>
      (...args: A) => {
        f(...args);
        return b;
      };
    Object.assign(b, {
      requireValueInList: step((values: string[]) => {
        state.rule = {
          kind: 'list',
          values: values.map((v) => (/^\d+$/.test(v) ? Number(v) : v)),
          strict: true,
        };
      }),
      requireValueInRange: step((r: { sheet: string; a1: string }) => {
        state.rule = {
          kind: 'range',
          source: `'${r.sheet}'!${r.a1.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`,
          strict: true,
        };
      }),
      requireNumberBetween: step((min: number, max: number) => {
        state.rule = { kind: 'number', min, max, strict: true };
      }),
      setAllowInvalid: step((allow: boolean) => {
        state.strict = !allow;
      }),
      setHelpText: step((t: string) => {
        state.help = t;
      }),
      build: () => ({ rule: { ...state.rule!, strict: state.strict }, help: state.help }),
    });
    return b;
  };

  const cfBuilder = () => {
    const r: { formula: string; range: string; background: string; color?: string } = {
      formula: '',
      range: '',
      background: '',
    };
    const b: Any = {};
    const step =
      <A extends unknown[]>(f: (...args: A) => void) =>
      (...args: A) => {
        f(...args);
        return b;
      };
    Object.assign(b, {
      whenFormulaSatisfied: step((f: string) => {
        r.formula = f.slice(1);
      }),
      setBackground: step((c: string) => {
        r.background = c;
      }),
      setFontColor: step((c: string) => {
        r.color = c;
      }),
      setRanges: step((rs: { a1: string }[]) => {
        r.range = rs[0]!.a1;
      }),
      build: () => r,
    });
    return b;
  };

  const SpreadsheetApp = {
    getActiveSpreadsheet: () => book,
    newDataValidation: validationBuilder,
    newConditionalFormatRule: cfBuilder,
    ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
    BorderStyle: { SOLID: 'SOLID' },
    getUi: () => {
      throw new Error('no UI in tests');
    },
  };
  return { SpreadsheetApp, memory, calls: () => calls };
}
