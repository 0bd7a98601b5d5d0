// An in-memory WPS 表格 for tests: the object model the adapter uses (src/wps/object-model.ts), written
// from wps-jsapi's declarations and VBA's documented behaviour, with WPS's ways where they differ from
// office.js: synchronous calls, 1-based Item(i), Value2 a 2-D array for several cells and a scalar for
// one (empty cells undefined), BGR colour integers, "no fill" reading as white with ColorIndex -4142,
// Select() failing on a sheet that is not active, Formula1 throwing on a data bar, a Range address
// holding several areas. Conditions apply in list order; FormatConditions.Add appends.
import type {
  WpsApplication,
  WpsCustomXMLPart,
  WpsCustomXMLParts,
  WpsFormatCondition,
  WpsFormatConditions,
  WpsRange,
  WpsWorkbook,
  WpsWorksheet,
  WpsWorksheets,
} from '../../src/wps/object-model';

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface WpsCellModel {
  value?: string | number | boolean;
  formula?: string;
  /** BGR, or null for no fill. */
  fill: number | null;
  font: { color: number; bold: boolean; size: number; name: string };
  numberFormat: string;
  wrap: boolean;
  align: number;
}

export interface ConditionModel {
  rects: Rect[];
  type: number;
  formula1: string;
  fill: number | null;
  fontColor: number | null;
  bold: boolean | null;
}

export interface WpsSheetModel {
  id: number;
  name: string;
  visible: number;
  cells: Map<string, WpsCellModel>;
  merges: Rect[];
  conditions: ConditionModel[];
  widths: Map<number, number>;
  borders: Rect[];
}

export class WpsError extends Error {}

const WHITE = 0xffffff;
const key = (r: number, c: number) => `${r},${c}`;

export function colName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;

/** One area: A1, A1:B2, A:AZ, 3:3, with or without $. */
function parseRect(a: string): Rect {
  const s = a.replace(/\$/g, '').trim();
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(s);
  if (cols) return { top: 0, left: colIndex(cols[1]), bottom: MAX_ROW, right: colIndex(cols[2]) };
  const rows = /^(\d+):(\d+)$/.exec(s);
  if (rows) return { top: +rows[1] - 1, left: 0, bottom: +rows[2] - 1, right: MAX_COL };
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(s);
  if (!m) throw new WpsError(`Invalid address ${a}`);
  const top = +m[2] - 1;
  const left = colIndex(m[1]);
  return { top, left, bottom: m[4] ? +m[4] - 1 : top, right: m[3] ? colIndex(m[3]) : left };
}

export function rectAddress(r: Rect, absolute = true): string {
  const d = absolute ? '$' : '';
  const one = (row: number, col: number) => `${d}${colName(col)}${d}${row + 1}`;
  return r.top === r.bottom && r.left === r.right ? one(r.top, r.left) : `${one(r.top, r.left)}:${one(r.bottom, r.right)}`;
}

const intersects = (a: Rect, b: Rect) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const contains = (a: Rect, r: number, c: number) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right;

function* cellsOf(rects: Rect[]): Generator<[number, number]> {
  for (const x of rects) for (let r = x.top; r <= x.bottom; r++) for (let c = x.left; c <= x.right; c++) yield [r, c];
}

function newCell(): WpsCellModel {
  return { fill: null, font: { color: 0, bold: false, size: 11, name: '宋体' }, numberFormat: 'General', wrap: false, align: 1 };
}

export class FakeWps {
  sheets: WpsSheetModel[] = [];
  activeSheetId = 0;
  xmlParts: Array<{ xml: string; ns: string }> = [];
  selection: { sheet: string; address: string } | null = null;
  /** Custom functions registered through wps.AddCustomFunction: "NAMESPACE.NAME" -> function. */
  functions = new Map<string, (...args: unknown[]) => unknown>();
  /** Object-model calls made, for the adapter's cost. */
  calls = 0;
  screenUpdating = true;
  private nextId = 1;

  constructor(private readonly options: { customXml?: boolean } = {}) {}

  addSheet(name: string, values: unknown[][] = []): WpsSheetModel {
    const s: WpsSheetModel = { id: this.nextId++, name, visible: -1, cells: new Map(), merges: [], conditions: [], widths: new Map(), borders: [] };
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        const cell = newCell();
        cell.value = v as string | number | boolean;
        s.cells.set(key(r, c), cell);
      }),
    );
    this.sheets.push(s);
    if (!this.activeSheetId) this.activeSheetId = s.id;
    return s;
  }

  sheetByName(name: string): WpsSheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  cell(sheet: WpsSheetModel, r: number, c: number): WpsCellModel {
    let cell = sheet.cells.get(key(r, c));
    if (!cell) sheet.cells.set(key(r, c), (cell = newCell()));
    return cell;
  }

  /** What a cell shows: the first condition over it with a fill, else its own fill (null: none). */
  displayedFill(sheetName: string, a1: string): number | null {
    const s = this.sheetByName(sheetName)!;
    const { top, left } = parseRect(a1);
    const cf = s.conditions.find((c) => c.type === 2 && c.fill !== null && c.rects.some((x) => contains(x, top, left)));
    return cf ? cf.fill : (s.cells.get(key(top, left))?.fill ?? null);
  }

  /** Every cell's own formats, merges, borders, widths and conditions, for before/after comparison. */
  formatSnapshot(): string {
    return JSON.stringify(
      this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()].sort().map(([k, c]) => [k, c.fill, c.font, c.numberFormat, c.wrap, c.align]),
        merges: s.merges,
        conditions: s.conditions,
        widths: [...s.widths.entries()],
        borders: s.borders,
      })),
    );
  }

  valueSnapshot(): string {
    return JSON.stringify(this.sheets.map((s) => [s.name, [...s.cells.entries()].sort().map(([k, c]) => [k, c.value, c.formula])]));
  }

  /** The WPS Application object (window.Application in WPS). */
  application(): WpsApplication {
    const fx = this;
    return {
      get ActiveWorkbook() {
        fx.calls++;
        return fx.workbook();
      },
      get ActiveSheet() {
        fx.calls++;
        const s = fx.sheets.find((x) => x.id === fx.activeSheetId);
        return s ? fx.worksheet(s) : null;
      },
      get ScreenUpdating() {
        return fx.screenUpdating;
      },
      set ScreenUpdating(v: boolean) {
        fx.screenUpdating = v;
      },
    };
  }

  /** The global `wps` object: AddCustomFunction (WPS 12.1.0.20540 and later). */
  wpsGlobal(): { AddCustomFunction(namespace: string, name: string, fn: (...args: unknown[]) => unknown): void } {
    return {
      AddCustomFunction: (namespace, name, fn) => {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new WpsError(`function names are ASCII: ${name}`);
        this.functions.set(`${namespace}.${name}`, fn);
      },
    };
  }

  private workbook(): WpsWorkbook {
    const fx = this;
    const wb: WpsWorkbook = {
      Name: '台账.xlsx',
      get Worksheets() {
        return fx.worksheets();
      },
      get ActiveSheet() {
        return fx.worksheet(fx.sheets.find((x) => x.id === fx.activeSheetId)!);
      },
    };
    if (this.options.customXml !== false) Object.defineProperty(wb, 'CustomXMLParts', { get: () => fx.xmlPartsOf(null) });
    return wb;
  }

  private xmlPartsOf(ns: string | null): WpsCustomXMLParts {
    const fx = this;
    const list = () => fx.xmlParts.filter((p) => ns === null || p.ns === ns);
    const part = (p: { xml: string; ns: string }): WpsCustomXMLPart => ({
      XML: p.xml,
      NamespaceURI: p.ns,
      Delete: () => {
        fx.calls++;
        fx.xmlParts = fx.xmlParts.filter((x) => x !== p);
      },
    });
    return {
      get Count() {
        return list().length;
      },
      Item(i: number) {
        fx.calls++;
        const p = list()[i - 1];
        if (!p) throw new WpsError('下标越界 (subscript out of range)');
        return part(p);
      },
      Add(xml: string) {
        fx.calls++;
        const p = { xml, ns: /xmlns="([^"]*)"/.exec(xml)?.[1] ?? '' };
        fx.xmlParts.push(p);
        return part(p);
      },
      SelectByNamespace(uri: string) {
        fx.calls++;
        return fx.xmlPartsOf(uri);
      },
    };
  }

  private worksheets(): WpsWorksheets {
    const fx = this;
    return {
      get Count() {
        return fx.sheets.length;
      },
      Item(i: number | string) {
        fx.calls++;
        const s = typeof i === 'number' ? fx.sheets[i - 1] : fx.sheetByName(i);
        if (!s) throw new WpsError('下标越界 (subscript out of range)');
        return fx.worksheet(s);
      },
      Add(before?: WpsWorksheet, after?: WpsWorksheet) {
        fx.calls++;
        let n = fx.sheets.length + 1;
        while (fx.sheetByName(`Sheet${n}`)) n++;
        const s = fx.addSheet(`Sheet${n}`);
        fx.sheets.pop();
        const anchor = before ?? after;
        const at = anchor ? fx.sheets.findIndex((x) => x.name === anchor.Name) + (after ? 1 : 0) : 0;
        fx.sheets.splice(at, 0, s);
        fx.activeSheetId = s.id;
        return fx.worksheet(s);
      },
    };
  }

  private worksheet(s: WpsSheetModel): WpsWorksheet {
    const fx = this;
    return {
      get Name() {
        return s.name;
      },
      set Name(v: string) {
        fx.calls++;
        if (fx.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase())) throw new WpsError('工作表名称重复');
        if (v.length > 31 || /[\\/?*[\]:]/.test(v)) throw new WpsError('工作表名称无效');
        s.name = v;
      },
      get Index() {
        return fx.sheets.indexOf(s) + 1;
      },
      get Visible() {
        return s.visible;
      },
      get UsedRange() {
        fx.calls++;
        let box: Rect | null = null;
        for (const k of s.cells.keys()) {
          const [r, c] = k.split(',').map(Number);
          box = box ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) } : { top: r, left: c, bottom: r, right: c };
        }
        return fx.range(s, [box ?? { top: 0, left: 0, bottom: 0, right: 0 }]);
      },
      get Cells() {
        return fx.range(s, [{ top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL }]);
      },
      Range(address: string) {
        fx.calls++;
        if (address.length > 255) throw new WpsError('地址过长 (address longer than 255 characters)');
        return fx.range(s, address.split(',').map(parseRect));
      },
      Activate() {
        fx.calls++;
        fx.activeSheetId = s.id;
      },
    };
  }

  private range(s: WpsSheetModel, rects: Rect[]): WpsRange {
    const fx = this;
    const first = rects[0];
    const one = () => {
      if (rects.length !== 1) throw new WpsError('多重选定区域不能使用此命令 (not on several areas)');
      return first;
    };
    const each = (f: (cell: WpsCellModel, r: number, c: number) => void) => {
      for (const [r, c] of cellsOf(rects)) f(fx.cell(s, r, c), r, c);
    };
    const assign = (v: unknown, f: (cell: WpsCellModel, x: unknown) => void) => {
      const x = one();
      if (Array.isArray(v)) {
        for (let r = x.top; r <= x.bottom; r++) for (let c = x.left; c <= x.right; c++) f(fx.cell(s, r, c), (v as unknown[][])[r - x.top]?.[c - x.left]);
      } else each((cell) => f(cell, v));
    };
    const merged = (r: number, c: number) => s.merges.find((m) => contains(m, r, c));
    const common = <T>(get: (cell: WpsCellModel | undefined) => T): T | null => {
      let out: T | undefined;
      for (const [r, c] of cellsOf(rects)) {
        const v = get(s.cells.get(key(r, c)));
        if (out === undefined) out = v;
        else if (out !== v) return null;
      }
      return out ?? null;
    };
    const font = {
      get Color() {
        return common((c) => c?.font.color ?? 0) ?? 0;
      },
      set Color(v: number) {
        each((c) => (c.font.color = v));
      },
      get Bold() {
        return common((c) => c?.font.bold ?? false) ?? false;
      },
      set Bold(v: boolean) {
        each((c) => (c.font.bold = v));
      },
      get Size() {
        return common((c) => c?.font.size ?? 11) ?? 11;
      },
      set Size(v: number) {
        each((c) => (c.font.size = v));
      },
      get Name() {
        return common((c) => c?.font.name ?? '宋体') ?? '';
      },
      set Name(v: string) {
        each((c) => (c.font.name = v));
      },
    };
    const conditions = (): WpsFormatConditions => {
      const mine = () => s.conditions.filter((cf) => cf.rects.some((x) => rects.some((y) => intersects(x, y))));
      return {
        get Count() {
          fx.calls++;
          return mine().length;
        },
        Item(i: number) {
          fx.calls++;
          const cf = mine()[i - 1];
          if (!cf) throw new WpsError('下标越界 (subscript out of range)');
          return fx.condition(s, cf);
        },
        Add(type: number, _operator?: number, formula1?: string) {
          fx.calls++;
          const cf: ConditionModel = { rects: rects.map((r) => ({ ...r })), type, formula1: formula1 ?? '', fill: null, fontColor: null, bold: null };
          s.conditions.push(cf);
          return fx.condition(s, cf);
        },
      };
    };
    return {
      get Value2() {
        fx.calls++;
        const x = one();
        const read = (r: number, c: number) => s.cells.get(key(r, c))?.value;
        if (x.top === x.bottom && x.left === x.right) return read(x.top, x.left);
        const out: unknown[][] = [];
        for (let r = x.top; r <= x.bottom; r++) {
          const row: unknown[] = [];
          for (let c = x.left; c <= x.right; c++) row.push(read(r, c));
          out.push(row);
        }
        return out;
      },
      set Value2(v: unknown) {
        fx.calls++;
        assign(v, (cell, x) => {
          delete cell.formula;
          if (x === null || x === undefined || x === '') delete cell.value;
          else if (typeof x === 'string' && x.startsWith('=') && cell.numberFormat !== '@') cell.formula = x;
          else cell.value = x as string | number | boolean;
        });
      },
      get Formula() {
        return this.Value2;
      },
      set Formula(v: unknown) {
        fx.calls++;
        assign(v, (cell, x) => {
          if (typeof x === 'string' && x.startsWith('=')) {
            cell.formula = x;
            delete cell.value;
          } else if (x === null || x === undefined || x === '') delete cell.value;
          else cell.value = x as string | number | boolean;
        });
      },
      get NumberFormat() {
        return common((c) => c?.numberFormat ?? 'General');
      },
      set NumberFormat(v: unknown) {
        fx.calls++;
        assign(v, (cell, x) => (cell.numberFormat = String(x)));
      },
      get Row() {
        return first.top + 1;
      },
      get Column() {
        return first.left + 1;
      },
      get Rows() {
        return { Count: first.bottom - first.top + 1 };
      },
      get Columns() {
        return { Count: first.right - first.left + 1 };
      },
      get MergeCells() {
        fx.calls++;
        let any = false;
        let all = true;
        for (const [r, c] of cellsOf(rects)) {
          if (merged(r, c)) any = true;
          else all = false;
          if (any && !all) return null;
        }
        return any;
      },
      get MergeArea() {
        fx.calls++;
        const m = merged(first.top, first.left);
        return fx.range(s, [m ?? { top: first.top, left: first.left, bottom: first.top, right: first.left }]);
      },
      get Interior() {
        return {
          get Color() {
            return common((c) => c?.fill ?? WHITE) ?? 0;
          },
          set Color(v: number) {
            fx.calls++;
            each((c) => (c.fill = v));
          },
          get ColorIndex() {
            return common((c) => (c?.fill === null || c?.fill === undefined ? -4142 : 0)) ?? 0;
          },
          set ColorIndex(v: number) {
            if (v === -4142) each((c) => (c.fill = null));
          },
        };
      },
      get Font() {
        return font;
      },
      get FormatConditions() {
        return conditions();
      },
      get WrapText() {
        return common((c) => c?.wrap ?? false) ?? false;
      },
      set WrapText(v: boolean) {
        each((c) => (c.wrap = v));
      },
      get ColumnWidth() {
        return s.widths.get(first.left) ?? 8.38;
      },
      set ColumnWidth(v: number) {
        for (const x of rects) for (let c = x.left; c <= x.right; c++) s.widths.set(c, v);
      },
      get HorizontalAlignment() {
        return common((c) => c?.align ?? 1) ?? 1;
      },
      set HorizontalAlignment(v: number) {
        each((c) => (c.align = v));
      },
      get Borders() {
        return {
          set LineStyle(_v: number) {
            s.borders.push(...rects.map((r) => ({ ...r })));
          },
          get LineStyle() {
            return 1;
          },
          Color: 0,
        };
      },
      Address() {
        return rects.map((r) => rectAddress(r)).join(',');
      },
      Merge() {
        fx.calls++;
        for (const x of rects) {
          if (s.merges.some((m) => intersects(m, x))) throw new WpsError('不能合并已合并的单元格');
          s.merges.push({ ...x });
          for (const [r, c] of cellsOf([x])) if (r !== x.top || c !== x.left) delete s.cells.get(key(r, c))?.value;
        }
      },
      Select() {
        fx.calls++;
        if (fx.activeSheetId !== s.id) throw new WpsError('选定区域类的 Select 方法无效 (the sheet is not active)');
        fx.selection = { sheet: s.name, address: rects.map((r) => rectAddress(r, false)).join(',') };
      },
      Find(what: string, after?: WpsRange, _lookIn?: number, _lookAt?: number, _order?: number, direction?: number) {
        fx.calls++;
        if (what !== '*') throw new WpsError('the fake finds "*" only');
        const x = one();
        const hits: Array<[number, number]> = [];
        for (const [k, cell] of s.cells) {
          const [r, c] = k.split(',').map(Number);
          if (cell.value !== undefined && contains(x, r, c)) hits.push([r, c]);
        }
        hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        if (!hits.length) return null;
        // As in VBA: without After, the search starts after the range's top-left cell (and wraps).
        const from = after ? [after.Row - 1, after.Column - 1] : [x.top, x.left];
        const before = (a: [number, number], b: number[]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
        let hit: [number, number];
        if (direction === 2) hit = [...hits].reverse().find((h) => before(h, from)) ?? hits[hits.length - 1];
        else hit = hits.find((h) => before(from as [number, number], h)) ?? hits[0];
        return fx.range(s, [{ top: hit[0], left: hit[1], bottom: hit[0], right: hit[1] }]);
      },
    };
  }

  private condition(s: WpsSheetModel, cf: ConditionModel): WpsFormatCondition {
    const fx = this;
    return {
      get Type() {
        return cf.type;
      },
      get Formula1() {
        fx.calls++;
        if (cf.type !== 1 && cf.type !== 2) throw new WpsError('应用程序定义或对象定义错误 (no formula on this kind of condition)');
        return cf.formula1;
      },
      Interior: {
        get Color() {
          return cf.fill ?? WHITE;
        },
        set Color(v: number) {
          cf.fill = v;
        },
        get ColorIndex() {
          return cf.fill === null ? -4142 : 0;
        },
        set ColorIndex(_v: number) {},
      },
      Font: {
        get Color() {
          return cf.fontColor ?? 0;
        },
        set Color(v: number) {
          cf.fontColor = v;
        },
        get Bold() {
          return cf.bold ?? false;
        },
        set Bold(v: boolean) {
          cf.bold = v;
        },
        Size: 11,
        Name: '',
      },
      Delete() {
        fx.calls++;
        s.conditions = s.conditions.filter((x) => x !== cf);
      },
    };
  }
}
