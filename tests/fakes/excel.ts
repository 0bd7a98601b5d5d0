/**
 * In-memory fake of the Excel JavaScript API: just the part task-ledger uses, behaving like real Excel
 * where an add-in can trip (see ../shared/spec/excel-facts.md):
 * - nothing is readable before load() + sync() (PropertyNotLoaded); proxies die with their Excel.run
 *   (InvalidRequestContext); queued operations run, and fail, at sync();
 * - "no fill" reads as "#FFFFFF" (tintAndShade/pattern null tell it apart); mixed ranges read null;
 * - empty cells read ""; addresses over 8,192 characters and requests/responses over 5 MB throw.
 * It counts sync() calls. It has no TypeScript dependency on office-js so it can be bundled for the
 * browser test as well (tests/e2e).
 */

export type Cell = string | number | boolean;
export const NO_FILL_COLOR = '#FFFFFF';
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const ADDRESS_LIMIT = 8192;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FontModel {
  color: string;
  bold: boolean;
  italic: boolean;
  name: string;
  size: number;
}
export interface BorderModel {
  style: string;
  color: string;
}
export interface CellModel {
  value: Cell;
  formula: string | null;
  numberFormat: string;
  /** null = no fill; otherwise a solid fill of that colour. */
  fill: { color: string } | null;
  font: FontModel;
  borders: Record<string, BorderModel>;
  wrapText: boolean;
  horizontalAlignment: string;
}
export interface ConditionalFormatModel {
  id: string;
  type: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  ranges: Rect[];
}
export interface ChartModel {
  name: string;
  type: string;
  source: string;
  title: string;
}
export interface SheetModel {
  id: string;
  name: string;
  cells: Map<string, CellModel>;
  merges: Rect[];
  conditionalFormats: ConditionalFormatModel[];
  charts: ChartModel[];
  columnWidths: Map<number, number>;
  frozenRows: number;
  /** Rows (0-based) that start a new printed page (worksheet.horizontalPageBreaks, ExcelApi 1.9). */
  pageBreakRows: number[];
  /** worksheet.pageLayout (ExcelApi 1.9): what printing does. */
  print: { orientation: string; paperSize: string; titleRows: string | null };
  /** range.hyperlink (ExcelApi 1.7), by cell key. */
  hyperlinks: Map<string, { documentReference?: string; address?: string; textToDisplay?: string }>;
}
export interface WorkbookModel {
  sheets: SheetModel[];
  activeSheetId: string;
  selection: { sheetId: string; address: string } | null;
  xmlParts: Array<{ id: string; xml: string }>;
  settings: Map<string, unknown>;
  nextId: number;
}

export function defaultFont(): FontModel {
  return { color: '#000000', bold: false, italic: false, name: 'Calibri', size: 11 };
}
export function emptyCell(): CellModel {
  return {
    value: '',
    formula: null,
    numberFormat: 'General',
    fill: null,
    font: defaultFont(),
    borders: {},
    wrapText: false,
    horizontalAlignment: 'General',
  };
}

// ---------------------------------------------------------------------------------------------
// A1 addresses

export function colName(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
export function colIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
const MAX_ROW = 1048575;
const MAX_COL = 16383;

export function rectAddress(r: Rect): string {
  const a = `${colName(r.left)}${r.top + 1}`;
  if (r.top === r.bottom && r.left === r.right) return a;
  return `${a}:${colName(r.right)}${r.bottom + 1}`;
}
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Parses "A1", "A1:C3", "A:C", "3:5", optionally "Sheet!"-prefixed. Throws InvalidArgument. */
export function parseArea(address: string): { sheet: string | null; rect: Rect } {
  let sheet: string | null = null;
  let ref = address.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheet = ref.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const parts = ref.replace(/\$/g, '').toUpperCase().split(':');
  if (parts.length < 1 || parts.length > 2) throw new FakeExcelError('InvalidArgument', `Bad address ${address}`);
  const ends = parts.map((p) => {
    let m = /^([A-Z]{1,3})(\d+)$/.exec(p);
    if (m) return { col: colIndex(m[1]), row: Number(m[2]) - 1 };
    m = /^([A-Z]{1,3})$/.exec(p);
    if (m) return { col: colIndex(m[1]), row: null };
    m = /^(\d+)$/.exec(p);
    if (m) return { col: null, row: Number(m[1]) - 1 };
    throw new FakeExcelError('InvalidArgument', `Bad address ${address}`);
  });
  const a = ends[0];
  const b = ends[1] ?? ends[0];
  const rect: Rect = {
    top: Math.min(a.row ?? 0, b.row ?? 0),
    bottom: Math.max(a.row ?? MAX_ROW, b.row ?? MAX_ROW),
    left: Math.min(a.col ?? 0, b.col ?? 0),
    right: Math.max(a.col ?? MAX_COL, b.col ?? MAX_COL),
  };
  if (rect.top < 0 || rect.bottom > MAX_ROW || rect.left < 0 || rect.right > MAX_COL)
    throw new FakeExcelError('InvalidArgument', `Bad address ${address}`);
  return { sheet, rect };
}

const key = (r: number, c: number) => `${r},${c}`;

// ---------------------------------------------------------------------------------------------
// Errors

export class FakeExcelError extends Error {
  code: string;
  constructor(code: string, message?: string) {
    super(message ?? code);
    this.code = code;
    this.name = 'RichApi.Error';
  }
}

// ---------------------------------------------------------------------------------------------
// Request context and proxies

type Op = { size: number; run: () => void };

export interface FakeOptions {
  /** Highest ExcelApi minor version supported (1.x). Default 17. */
  excelApi?: number;
  customFunctions?: boolean;
  displayLanguage?: string;
}

export class FakeRequestContext {
  workbook: WorkbookProxy;
  application: ApplicationProxy;
  /** @internal */ _queue: Op[] = [];
  /** @internal */ _valid = true;
  /** @internal */ _responseSize = 0;
  constructor(readonly excel: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
    this.application = new ApplicationProxy(this);
  }
  /** @internal */
  _check(): void {
    if (!this._valid)
      throw new FakeExcelError('InvalidRequestContext', 'Cannot use the object across different request contexts.');
  }
  /** @internal */
  _enqueue(run: () => void, size = 64): void {
    this._check();
    this._queue.push({ run, size });
  }
  trackedObjects = { add: () => undefined, remove: () => undefined };
  async sync(): Promise<void> {
    this._check();
    this.excel.syncCount++;
    const queue = this._queue;
    this._queue = [];
    const requestSize = queue.reduce((s, op) => s + op.size, 0);
    if (requestSize > PAYLOAD_LIMIT)
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    this._responseSize = 0;
    this.excel.suspendedCalculation = false;
    const started = Date.now();
    try {
      for (const op of queue) op.run();
    } finally {
      // Time Excel (here: the fake) spends serving the batch, so benches can leave it out.
      this.excel.syncMs += Date.now() - started;
    }
    if (this._responseSize > PAYLOAD_LIMIT)
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    this.excel.maxRequestBytes = Math.max(this.excel.maxRequestBytes, requestSize);
  }
}

/** Base of every proxy: load() queues a read that fills values at sync(); getters demand it. */
abstract class Proxy {
  /** @internal */ _values = new Map<string, unknown>();
  constructor(protected ctx: FakeRequestContext) {}
  get context(): FakeRequestContext {
    return this.ctx;
  }
  /** Scalar property names this proxy can load. */
  protected abstract _scalars(): string[];
  /** Reads one scalar from the model (runs at sync). */
  protected abstract _read(prop: string): unknown;
  /** Child proxy for navigation properties (format, fill, items …). */
  protected _child(_prop: string): Proxy | null {
    return null;
  }
  load(spec?: string | string[] | { select?: string }): this {
    this.ctx._check();
    let paths: string[];
    if (spec === undefined) paths = this._scalars();
    else if (typeof spec === 'string') paths = spec.split(',');
    else if (Array.isArray(spec)) paths = spec;
    else paths = (spec.select ?? '').split(',');
    for (const raw of paths.map((p) => p.trim()).filter(Boolean)) {
      const [head, ...rest] = raw.split(/[/.]/);
      const child = this._child(head);
      if (child) {
        child.load(rest.length ? rest.join('/') : undefined);
        continue;
      }
      if (!this._scalars().includes(head))
        throw new FakeExcelError('PropertyNotFound', `Unknown property ${head}`);
      this.ctx._enqueue(() => {
        const v = this._read(head);
        this._values.set(head, v);
        // Like office.js: a null-object proxy reports isNullObject once anything of it was loaded.
        if (head !== 'isNullObject' && this._scalars().includes('isNullObject')) this._values.set('isNullObject', this._read('isNullObject'));
        this.ctx._responseSize += approxSize(v);
      });
    }
    return this;
  }
  /** @internal */
  protected _get<T>(prop: string): T {
    this.ctx._check();
    if (!this._values.has(prop))
      throw new FakeExcelError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this._values.get(prop) as T;
  }
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values);
  }
}

/** Bytes of a value as JSON in UTF-8, as it travels between the add-in and Excel. */
function approxSize(v: unknown): number {
  if (v === undefined) return 0;
  const json = JSON.stringify(v);
  if (json === undefined) return 0;
  // Fast path: pure ASCII is one byte a character.
  if (/^[\x00-\x7f]*$/.test(json)) return json.length;
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    // A surrogate pair (4 bytes) counts 2 + 2.
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xe000 ? 2 : 3;
  }
  return bytes;
}

export class ApplicationProxy extends Proxy {
  protected _scalars() {
    return ['calculationMode'];
  }
  protected _read() {
    return 'Automatic';
  }
  get calculationMode(): string {
    return this._get('calculationMode');
  }
  suspendApiCalculationUntilNextSync(): void {
    if (this.ctx.excel.options.excelApi < 6) throw new FakeExcelError('ApiNotFound', 'ExcelApi 1.6 required');
    this.ctx._enqueue(() => {
      this.ctx.excel.suspendedCalculation = true;
      this.ctx.excel.suspendCount++;
    });
  }
}

export class WorkbookProxy extends Proxy {
  worksheets: WorksheetCollectionProxy;
  customXmlParts: CustomXmlPartCollectionProxy;
  settings: SettingCollectionProxy;
  application: ApplicationProxy;
  constructor(ctx: FakeRequestContext) {
    super(ctx);
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.customXmlParts = new CustomXmlPartCollectionProxy(ctx, null);
    this.settings = new SettingCollectionProxy(ctx);
    this.application = ctx.application;
  }
  protected _scalars() {
    return ['name'];
  }
  protected _read() {
    return 'Book1.xlsx';
  }
  protected override _child(prop: string) {
    return prop === 'worksheets' ? this.worksheets : null;
  }
  getSelectedRange(): RangeProxy {
    const m = this.ctx.excel.model;
    return new RangeProxy(this.ctx, () => {
      const sel = m.selection;
      const sheet = this.ctx.excel.sheetById(sel?.sheetId ?? m.activeSheetId);
      return { sheet, rects: [parseArea(sel?.address ?? 'A1').rect] };
    });
  }
}

export class WorksheetCollectionProxy extends Proxy {
  protected _scalars() {
    return ['items'];
  }
  protected _read() {
    return this.ctx.excel.model.sheets.map((s) => new WorksheetProxy(this.ctx, () => s));
  }
  override load(spec?: string | string[] | { select?: string }): this {
    // "items/name" -> load items, then each item's properties
    this.ctx._check();
    const paths = typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec : ['items/name'];
    const itemProps = paths.map((p) => p.trim().replace(/^items[/.]?/, '')).filter(Boolean);
    this.ctx._enqueue(() => {
      const items = this._read();
      for (const it of items) {
        if (itemProps.length) {
          for (const p of itemProps) it._values.set(p, it._readPublic(p));
        } else it._values.set('name', it._readPublic('name'));
      }
      this._values.set('items', items);
    });
    return this;
  }
  get items(): WorksheetProxy[] {
    return this._get('items');
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.excel.sheetById(this.ctx.excel.model.activeSheetId));
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.excel.sheetByName(name);
      if (!s) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist.`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.excel.sheetByName(name), true);
  }
  add(name?: string): WorksheetProxy {
    let created: SheetModel | null = null;
    this.ctx._enqueue(() => {
      const ex = this.ctx.excel;
      const n = name ?? `Sheet${ex.model.sheets.length + 1}`;
      if (ex.sheetByName(n)) throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${n} already exists.`);
      created = ex.addSheet(n);
    });
    return new WorksheetProxy(this.ctx, () => {
      if (!created) throw new FakeExcelError('ItemNotFound', 'Sheet not created');
      return created;
    });
  }
}

export class WorksheetProxy extends Proxy {
  charts: ChartCollectionProxy;
  freezePanes: { freezeRows: (n: number) => void };
  /** worksheet.horizontalPageBreaks (ExcelApi 1.9): add(pageBreakRange) breaks before its first row. */
  horizontalPageBreaks: { add: (address: string) => void };
  /** worksheet.pageLayout (ExcelApi 1.9): orientation, paper size, print title rows. */
  pageLayout: { orientation: string; paperSize: string; setPrintTitleRows: (address: string) => void };
  constructor(
    ctx: FakeRequestContext,
    /** @internal */ readonly _resolve: () => SheetModel | undefined,
    private readonly nullable = false,
  ) {
    super(ctx);
    this.charts = new ChartCollectionProxy(ctx, () => this._sheet());
    this.freezePanes = {
      freezeRows: (n: number) => {
        if (this.ctx.excel.options.excelApi < 7) throw new FakeExcelError('ApiNotFound', 'ExcelApi 1.7 required');
        this.ctx._enqueue(() => void (this._sheet().frozenRows = n));
      },
    };
    this.horizontalPageBreaks = {
      add: (address: string) => {
        if (this.ctx.excel.options.excelApi < 9) throw new FakeExcelError('ApiNotFound', 'ExcelApi 1.9 required');
        this.ctx._enqueue(() => void this._sheet().pageBreakRows.push(parseArea(address).rect.top));
      },
    };
    const layout = (apply: (p: SheetModel['print']) => void) => {
      if (this.ctx.excel.options.excelApi < 9) throw new FakeExcelError('ApiNotFound', 'ExcelApi 1.9 required');
      this.ctx._enqueue(() => apply(this._sheet().print));
    };
    this.pageLayout = {
      set orientation(v: string) {
        layout((p) => (p.orientation = v));
      },
      get orientation() {
        throw new FakeExcelError('PropertyNotLoaded', 'not loaded');
      },
      set paperSize(v: string) {
        layout((p) => (p.paperSize = v));
      },
      get paperSize() {
        throw new FakeExcelError('PropertyNotLoaded', 'not loaded');
      },
      setPrintTitleRows: (address: string) => layout((p) => (p.titleRows = address)),
    };
  }
  /** @internal */
  _sheet(): SheetModel {
    const s = this._resolve();
    if (!s) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist.`);
    return s;
  }
  protected _scalars() {
    return ['name', 'id', 'position', 'visibility', 'isNullObject'];
  }
  /** @internal */
  _readPublic(prop: string) {
    return this._read(prop);
  }
  protected _read(prop: string): unknown {
    if (prop === 'isNullObject') return this.nullable && !this._resolve();
    if (this.nullable && !this._resolve()) return null;
    const s = this._sheet();
    switch (prop) {
      case 'name':
        return s.name;
      case 'id':
        return s.id;
      case 'position':
        return this.ctx.excel.model.sheets.indexOf(s);
      case 'visibility':
        return 'Visible';
    }
    return undefined;
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this.ctx._enqueue(() => void (this._sheet().name = v));
  }
  get id(): string {
    return this._get('id');
  }
  get isNullObject(): boolean {
    return this._get('isNullObject');
  }
  get position(): number {
    return this._get('position');
  }
  activate(): void {
    this.ctx._enqueue(() => void (this.ctx.excel.model.activeSheetId = this._sheet().id));
  }
  delete(): void {
    this.ctx._enqueue(() => {
      const m = this.ctx.excel.model;
      m.sheets = m.sheets.filter((s) => s !== this._sheet());
    });
  }
  getRange(address?: string): RangeProxy {
    if (address !== undefined && address.length > ADDRESS_LIMIT) return failingRange(this.ctx, address);
    return new RangeProxy(this.ctx, () => {
      const sheet = this._sheet();
      if (address === undefined) return { sheet, rects: [{ top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL }] };
      return { sheet, rects: [parseArea(address).rect] };
    });
  }
  getRanges(address: string): RangeProxy {
    if (this.ctx.excel.options.excelApi < 9) throw new FakeExcelError('ApiNotFound', 'ExcelApi 1.9 required');
    if (address.length > ADDRESS_LIMIT) return failingRange(this.ctx, address, true);
    return new RangeProxy(
      this.ctx,
      () => ({ sheet: this._sheet(), rects: address.split(',').map((a) => parseArea(a).rect) }),
      true,
    );
  }
  getCell(row: number, col: number): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this._sheet(), rects: [{ top: row, left: col, bottom: row, right: col }] }));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    if (this.ctx.excel.options.excelApi < 7) throw new FakeExcelError('ApiNotFound', 'ExcelApi 1.7 required');
    return new RangeProxy(this.ctx, () => ({
      sheet: this._sheet(),
      rects: [{ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }],
    }));
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sheet = this._sheet();
      const r = usedRect(sheet, valuesOnly);
      return { sheet, rects: [r ?? { top: 0, left: 0, bottom: 0, right: 0 }] };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const sheet = this._sheet();
        const r = usedRect(sheet, valuesOnly);
        return r ? { sheet, rects: [r] } : null;
      },
      false,
      true,
    );
  }
}

function failingRange(ctx: FakeRequestContext, address: string, areas = false): RangeProxy {
  return new RangeProxy(
    ctx,
    () => {
      throw new FakeExcelError('InvalidArgument', `The address is too long (${address.length} characters).`);
    },
    areas,
  );
}

function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  let r: Rect | null = null;
  for (const [k, c] of sheet.cells) {
    if (valuesOnly ? c.value === '' && !c.formula : isDefaultCell(c)) continue;
    const [row, col] = k.split(',').map(Number);
    if (!r) r = { top: row, bottom: row, left: col, right: col };
    else {
      r.top = Math.min(r.top, row);
      r.bottom = Math.max(r.bottom, row);
      r.left = Math.min(r.left, col);
      r.right = Math.max(r.right, col);
    }
  }
  return r;
}
function isDefaultCell(c: CellModel): boolean {
  return JSON.stringify(c) === JSON.stringify(emptyCell());
}

type Target = { sheet: SheetModel; rects: Rect[] } | null;

function* cellsOf(rects: Rect[]): Generator<[number, number]> {
  for (const r of rects)
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) yield [row, col];
}
function cellCount(rects: Rect[]): number {
  return rects.reduce((s, r) => s + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
}
/** One value for a range: the common value of all cells, or null when they differ (Excel's rule). */
function common<T>(sheet: SheetModel, rects: Rect[], pick: (c: CellModel) => T): T | null {
  let first = true;
  let out: T | null = null;
  // Whole-sheet ranges: judge by stored cells plus the default.
  if (cellCount(rects) > 2_000_000) {
    const vals = new Set<string>([JSON.stringify(pick(emptyCell()))]);
    for (const c of sheet.cells.values()) vals.add(JSON.stringify(pick(c)));
    return vals.size === 1 ? pick(emptyCell()) : null;
  }
  for (const [r, c] of cellsOf(rects)) {
    const v = pick(sheet.cells.get(key(r, c)) ?? emptyCell());
    if (first) {
      out = v;
      first = false;
    } else if (JSON.stringify(v) !== JSON.stringify(out)) return null;
  }
  return out;
}

export class RangeProxy extends Proxy {
  format: RangeFormatProxy;
  conditionalFormats: ConditionalFormatCollectionProxy;
  constructor(
    ctx: FakeRequestContext,
    private readonly _target: () => Target,
    readonly isAreas = false,
    private readonly nullable = false,
  ) {
    super(ctx);
    this.format = new RangeFormatProxy(ctx, this);
    this.conditionalFormats = new ConditionalFormatCollectionProxy(ctx, this);
  }
  /** @internal */
  _t(): { sheet: SheetModel; rects: Rect[] } {
    const t = this._target();
    if (!t) throw new FakeExcelError('ItemNotFound', 'The range does not exist.');
    return t;
  }
  protected override _child(prop: string) {
    if (prop === 'format') return this.format;
    return null;
  }
  protected _scalars() {
    return [
      'values',
      'formulas',
      'text',
      'numberFormat',
      'address',
      'rowIndex',
      'columnIndex',
      'rowCount',
      'columnCount',
      'cellCount',
      'isNullObject',
      'areaCount',
    ];
  }
  protected _read(prop: string): unknown {
    if (prop === 'isNullObject') return this.nullable && !this._target();
    if (this.nullable && !this._target()) return null;
    const { sheet, rects } = this._t();
    const r0 = rects[0];
    const grid = (f: (c: CellModel) => unknown) => {
      if (this.isAreas) throw new FakeExcelError('InvalidOperation', 'Not available on RangeAreas.');
      this.ctx.excel.cellsRead += (r0.bottom - r0.top + 1) * (r0.right - r0.left + 1);
      const rows: unknown[][] = [];
      for (let r = r0.top; r <= r0.bottom; r++) {
        const row: unknown[] = [];
        for (let c = r0.left; c <= r0.right; c++) row.push(f(sheet.cells.get(key(r, c)) ?? emptyCell()));
        rows.push(row);
      }
      return rows;
    };
    if (['values', 'formulas', 'text', 'numberFormat'].includes(prop) && cellCount(rects) > 5_000_000)
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', 'Too many cells');
    switch (prop) {
      case 'values':
        return grid((c) => c.value);
      case 'formulas':
        return grid((c) => c.formula ?? c.value);
      case 'text':
        return grid((c) => String(c.value));
      case 'numberFormat':
        return grid((c) => c.numberFormat);
      case 'address':
        return rects.map((r) => `${quoteSheet(sheet.name)}!${rectAddress(r)}`).join(',');
      case 'rowIndex':
        return r0.top;
      case 'columnIndex':
        return r0.left;
      case 'rowCount':
        return r0.bottom - r0.top + 1;
      case 'columnCount':
        return r0.right - r0.left + 1;
      case 'cellCount':
        return cellCount(rects);
      case 'areaCount':
        return rects.length;
    }
    return undefined;
  }
  /** range.hyperlink (ExcelApi 1.7): kept per cell of the range. */
  set hyperlink(h: { documentReference?: string; address?: string; textToDisplay?: string }) {
    if (this.ctx.excel.options.excelApi < 7) throw new FakeExcelError('ApiNotFound', 'ExcelApi 1.7 required');
    this.ctx._enqueue(() => {
      const { sheet, rects } = this._t();
      for (const [r, c] of cellsOf(rects)) sheet.hyperlinks.set(key(r, c), { ...h });
    });
  }
  get values(): Cell[][] {
    return this._get('values');
  }
  set values(v: Cell[][]) {
    this._write(v, false);
  }
  get formulas(): Cell[][] {
    return this._get('formulas');
  }
  set formulas(v: Cell[][]) {
    this._write(v, true);
  }
  get text(): string[][] {
    return this._get('text');
  }
  get numberFormat(): string[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.ctx._enqueue(() => {
      const { sheet, rects } = this._t();
      const r0 = rects[0];
      v.forEach((row, i) => row.forEach((f, j) => (this.ctx.excel.cellAt(sheet, r0.top + i, r0.left + j).numberFormat = f)));
    }, approxSize(v));
  }
  private _write(v: Cell[][], asFormulas: boolean): void {
    this.ctx._enqueue(() => {
      const { sheet, rects } = this._t();
      const r0 = rects[0];
      const rows = r0.bottom - r0.top + 1;
      const cols = r0.right - r0.left + 1;
      if (v.length !== rows || v.some((r) => r.length !== cols))
        throw new FakeExcelError('InvalidArgument', 'The number of rows or columns in the input array does not match the size or dimensions of the range.');
      v.forEach((row, i) =>
        row.forEach((val, j) => {
          const cell = this.ctx.excel.cellAt(sheet, r0.top + i, r0.left + j);
          if (asFormulas && typeof val === 'string' && val.startsWith('=')) {
            cell.formula = val;
            cell.value = this.ctx.excel.evaluate(val);
          } else {
            cell.formula = null;
            cell.value = val ?? '';
          }
        }),
      );
    }, approxSize(v));
  }
  get address(): string {
    return this._get('address');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get isNullObject(): boolean {
    return this._get('isNullObject');
  }
  getCell(row: number, col: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const { sheet, rects } = this._t();
      return { sheet, rects: [{ top: rects[0].top + row, left: rects[0].left + col, bottom: rects[0].top + row, right: rects[0].left + col }] };
    });
  }
  select(): void {
    this.ctx._enqueue(() => {
      const { sheet, rects } = this._t();
      this.ctx.excel.model.activeSheetId = sheet.id;
      this.ctx.excel.model.selection = { sheetId: sheet.id, address: rects.map(rectAddress).join(',') };
    });
  }
  merge(across = false): void {
    this.ctx._enqueue(() => {
      const { sheet, rects } = this._t();
      if (across) for (let r = rects[0].top; r <= rects[0].bottom; r++) sheet.merges.push({ ...rects[0], top: r, bottom: r });
      else sheet.merges.push({ ...rects[0] });
    });
  }
  /** Range.getUsedRangeOrNullObject (ExcelApi 1.4): the used cells within this range, or a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const { sheet, rects } = this._t();
        const within = rects[0];
        let r: Rect | null = null;
        for (const [k, c] of sheet.cells) {
          if (valuesOnly ? c.value === '' && !c.formula : isDefaultCell(c)) continue;
          const [row, col] = k.split(',').map(Number);
          if (row < within.top || row > within.bottom || col < within.left || col > within.right) continue;
          if (!r) r = { top: row, bottom: row, left: col, right: col };
          else {
            r.top = Math.min(r.top, row);
            r.bottom = Math.max(r.bottom, row);
            r.left = Math.min(r.left, col);
            r.right = Math.max(r.right, col);
          }
        }
        return r ? { sheet, rects: [r] } : null;
      },
      false,
      true,
    );
  }
  getMergedAreasOrNullObject(): RangeProxy {
    if (this.ctx.excel.options.excelApi < 13) throw new FakeExcelError('ApiNotFound', 'ExcelApi 1.13 required');
    return new RangeProxy(
      this.ctx,
      () => {
        const { sheet, rects } = this._t();
        const hit = sheet.merges.filter((m) => rects.some((r) => intersects(m, r)));
        return hit.length ? { sheet, rects: hit } : null;
      },
      true,
      true,
    );
  }
  clear(applyTo: string = 'All'): void {
    this.ctx._enqueue(() => {
      const { sheet, rects } = this._t();
      for (const [r, c] of cellsOf(rects)) {
        const cell = sheet.cells.get(key(r, c));
        if (!cell) continue;
        if (applyTo === 'All') sheet.cells.delete(key(r, c));
        else if (applyTo === 'Contents') {
          cell.value = '';
          cell.formula = null;
        } else if (applyTo === 'Formats') Object.assign(cell, { ...emptyCell(), value: cell.value, formula: cell.formula });
      }
    });
  }
  /** Excel: a range of a whole-sheet size would allocate; only cells touched are stored here. */
  /** @internal */
  _eachCell(f: (c: CellModel) => void): void {
    const { sheet, rects } = this._t();
    for (const [r, c] of cellsOf(rects)) f(this.ctx.excel.cellAt(sheet, r, c));
  }
  /** @internal */
  _common<T>(pick: (c: CellModel) => T): T | null {
    const { sheet, rects } = this._t();
    return common(sheet, rects, pick);
  }
}

function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export class RangeFormatProxy extends Proxy {
  fill: RangeFillProxy;
  font: RangeFontProxy;
  borders: RangeBorderCollectionProxy;
  constructor(ctx: FakeRequestContext, readonly range: RangeProxy) {
    super(ctx);
    this.fill = new RangeFillProxy(ctx, range);
    this.font = new RangeFontProxy(ctx, range);
    this.borders = new RangeBorderCollectionProxy(ctx, range);
  }
  protected override _child(prop: string) {
    return prop === 'fill' ? this.fill : prop === 'font' ? this.font : null;
  }
  protected _scalars() {
    return ['wrapText', 'horizontalAlignment', 'columnWidth', 'rowHeight'];
  }
  protected _read(prop: string) {
    if (prop === 'wrapText') return this.range._common((c) => c.wrapText);
    if (prop === 'horizontalAlignment') return this.range._common((c) => c.horizontalAlignment);
    if (prop === 'columnWidth') {
      const { sheet, rects } = this.range._t();
      return sheet.columnWidths.get(rects[0].left) ?? 48;
    }
    return 15;
  }
  get wrapText(): boolean | null {
    return this._get('wrapText');
  }
  set wrapText(v: boolean | null) {
    this.ctx._enqueue(() => this.range._eachCell((c) => (c.wrapText = !!v)));
  }
  get horizontalAlignment(): string | null {
    return this._get('horizontalAlignment');
  }
  set horizontalAlignment(v: string | null) {
    this.ctx._enqueue(() => this.range._eachCell((c) => (c.horizontalAlignment = v ?? 'General')));
  }
  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(w: number) {
    this.ctx._enqueue(() => {
      const { sheet, rects } = this.range._t();
      for (let c = rects[0].left; c <= rects[0].right; c++) sheet.columnWidths.set(c, w);
    });
  }
  set rowHeight(_h: number) {
    this.ctx._enqueue(() => undefined);
  }
  set verticalAlignment(_v: string) {
    this.ctx._enqueue(() => undefined);
  }
  autofitColumns(): void {
    this.ctx._enqueue(() => undefined);
  }
  autofitRows(): void {
    this.ctx._enqueue(() => undefined);
  }
}

export class RangeFillProxy extends Proxy {
  constructor(ctx: FakeRequestContext, readonly range: RangeProxy | null, private readonly cf?: () => ConditionalFormatModel) {
    super(ctx);
  }
  protected _scalars() {
    return ['color', 'pattern', 'tintAndShade', 'patternColor'];
  }
  protected _read(prop: string) {
    if (this.cf) return prop === 'color' ? this.cf().fill : null;
    const r = this.range as RangeProxy;
    switch (prop) {
      case 'color':
        // Excel reads "no fill" as white (office-js issues 4900, 6218).
        return r._common((c) => (c.fill ? c.fill.color : NO_FILL_COLOR));
      case 'pattern':
        return r._common((c) => (c.fill ? 'Solid' : null));
      case 'tintAndShade':
        return r._common((c) => (c.fill ? 0 : null));
      case 'patternColor':
        return r._common((c) => (c.fill ? 'Automatic' : null));
    }
    return undefined;
  }
  get color(): string | null {
    return this._get('color');
  }
  set color(v: string | null) {
    if (this.cf) {
      this.ctx._enqueue(() => void (this.cf!().fill = v));
      return;
    }
    this.ctx._enqueue(() => (this.range as RangeProxy)._eachCell((c) => (c.fill = { color: normalizeColor(v ?? '#FFFFFF') })));
  }
  get pattern(): string | null {
    return this._get('pattern');
  }
  get tintAndShade(): number | null {
    return this._get('tintAndShade');
  }
  clear(): void {
    if (this.cf) {
      this.ctx._enqueue(() => void (this.cf!().fill = null));
      return;
    }
    this.ctx._enqueue(() => (this.range as RangeProxy)._eachCell((c) => (c.fill = null)));
  }
}

const NAMED_COLORS: Record<string, string> = { white: '#FFFFFF', black: '#000000', red: '#FF0000', yellow: '#FFFF00' };
export function normalizeColor(v: string): string {
  const s = v.trim();
  if (NAMED_COLORS[s.toLowerCase()]) return NAMED_COLORS[s.toLowerCase()];
  if (!/^#[0-9a-fA-F]{6}$/.test(s)) throw new FakeExcelError('InvalidArgument', `Bad colour ${v}`);
  return s.toUpperCase();
}

export class RangeFontProxy extends Proxy {
  constructor(ctx: FakeRequestContext, readonly range: RangeProxy | null, private readonly cf?: () => ConditionalFormatModel) {
    super(ctx);
  }
  protected _scalars() {
    return ['color', 'bold', 'italic', 'name', 'size'];
  }
  protected _read(prop: string) {
    if (this.cf) return prop === 'color' ? this.cf().fontColor : prop === 'bold' ? this.cf().bold : null;
    return (this.range as RangeProxy)._common((c) => c.font[prop as keyof FontModel]);
  }
  private _set(prop: keyof FontModel, v: unknown) {
    if (this.cf) {
      this.ctx._enqueue(() => {
        if (prop === 'color') this.cf!().fontColor = normalizeColor(String(v));
        if (prop === 'bold') this.cf!().bold = !!v;
      });
      return;
    }
    this.ctx._enqueue(() =>
      (this.range as RangeProxy)._eachCell((c) => ((c.font as unknown as Record<string, unknown>)[prop] = prop === 'color' ? normalizeColor(String(v)) : v)),
    );
  }
  get color(): string | null {
    return this._get('color');
  }
  set color(v: string | null) {
    this._set('color', v);
  }
  get bold(): boolean | null {
    return this._get('bold');
  }
  set bold(v: boolean | null) {
    this._set('bold', v);
  }
  get italic(): boolean | null {
    return this._get('italic');
  }
  set italic(v: boolean | null) {
    this._set('italic', v);
  }
  get name(): string | null {
    return this._get('name');
  }
  set name(v: string | null) {
    this._set('name', v);
  }
  get size(): number | null {
    return this._get('size');
  }
  set size(v: number | null) {
    this._set('size', v);
  }
}

export class RangeBorderCollectionProxy {
  constructor(private ctx: FakeRequestContext, private range: RangeProxy) {}
  getItem(edge: string): RangeBorderProxy {
    return new RangeBorderProxy(this.ctx, this.range, edge);
  }
}
export class RangeBorderProxy extends Proxy {
  constructor(ctx: FakeRequestContext, private range: RangeProxy, private edge: string) {
    super(ctx);
  }
  protected _scalars() {
    return ['style', 'color'];
  }
  protected _read(prop: string) {
    return this.range._common((c) => (c.borders[this.edge] ? c.borders[this.edge][prop as 'style' | 'color'] : prop === 'style' ? 'None' : '#000000'));
  }
  get style(): string | null {
    return this._get('style');
  }
  set style(v: string) {
    this.ctx._enqueue(() =>
      this.range._eachCell((c) => {
        if (v === 'None') delete c.borders[this.edge];
        else c.borders[this.edge] = { style: v, color: c.borders[this.edge]?.color ?? '#000000' };
      }),
    );
  }
  get color(): string | null {
    return this._get('color');
  }
  set color(v: string) {
    this.ctx._enqueue(() =>
      this.range._eachCell((c) => (c.borders[this.edge] = { style: c.borders[this.edge]?.style ?? 'Continuous', color: normalizeColor(v) })),
    );
  }
}

// Conditional formats ---------------------------------------------------------------------------

export class ConditionalFormatCollectionProxy extends Proxy {
  constructor(ctx: FakeRequestContext, private range: RangeProxy) {
    super(ctx);
  }
  protected _scalars() {
    return ['items', 'count'];
  }
  private _hits(): ConditionalFormatModel[] {
    const { sheet, rects } = this.range._t();
    return sheet.conditionalFormats.filter((cf) => cf.ranges.some((r) => rects.some((q) => intersects(r, q))));
  }
  protected _read(prop: string) {
    if (this.ctx.excel.options.excelApi < 6) throw new FakeExcelError('ApiNotFound', 'ExcelApi 1.6 required');
    if (prop === 'count') return this._hits().length;
    return this._hits().map((m) => new ConditionalFormatProxy(this.ctx, () => m));
  }
  override load(spec?: string | string[] | { select?: string }): this {
    this.ctx._check();
    const paths = typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec : ['items/type'];
    const itemProps = paths.map((p) => p.trim().replace(/^items[/.]?/, '')).filter((p) => p && p !== 'count');
    this.ctx._enqueue(() => {
      const items = this._read('items') as ConditionalFormatProxy[];
      for (const it of items) for (const p of itemProps) it._loadNow(p);
      this._values.set('items', items);
      this._values.set('count', items.length);
    });
    return this;
  }
  get items(): ConditionalFormatProxy[] {
    return this._get('items');
  }
  get count(): number {
    return this._get('count');
  }
  add(type: string): ConditionalFormatProxy {
    if (this.ctx.excel.options.excelApi < 6) throw new FakeExcelError('ApiNotFound', 'ExcelApi 1.6 required');
    let model: ConditionalFormatModel | null = null;
    const size = this.range.isAreas ? 0 : 0;
    this.ctx._enqueue(() => {
      const { sheet, rects } = this.range._t();
      model = { id: `cf${this.ctx.excel.model.nextId++}`, type, formula: '', fill: null, fontColor: null, bold: null, ranges: rects.map((r) => ({ ...r })) };
      // New rules take the top priority, as in Excel.
      sheet.conditionalFormats.unshift(model);
      this.ctx.excel.cfAdds++;
    }, 64 + size);
    return new ConditionalFormatProxy(this.ctx, () => {
      if (!model) throw new FakeExcelError('ItemNotFound', 'Conditional format not created');
      return model;
    });
  }
  clearAll(): void {
    this.ctx._enqueue(() => {
      const { sheet } = this.range._t();
      const hits = new Set(this._hits());
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => !hits.has(c));
    });
  }
}

export class ConditionalFormatProxy extends Proxy {
  custom: { rule: CFRuleProxy; format: { fill: RangeFillProxy; font: RangeFontProxy } };
  constructor(ctx: FakeRequestContext, private model: () => ConditionalFormatModel) {
    super(ctx);
    const checkCustom = () => {
      const m = this.model();
      if (m.type !== 'Custom') throw new FakeExcelError('InvalidOperation', 'Not a custom conditional format.');
      return m;
    };
    this.custom = {
      rule: new CFRuleProxy(ctx, checkCustom),
      format: { fill: new RangeFillProxy(ctx, null, checkCustom), font: new RangeFontProxy(ctx, null, checkCustom) },
    };
  }
  protected _scalars() {
    return ['type', 'id', 'priority', 'stopIfTrue'];
  }
  protected _read(prop: string) {
    const m = this.model();
    if (prop === 'type') return m.type;
    if (prop === 'id') return m.id;
    if (prop === 'stopIfTrue') return false;
    return this.ctx.excel.sheetOfCf(m)?.conditionalFormats.indexOf(m) ?? -1;
  }
  /** @internal */
  _loadNow(path: string): void {
    const [head, ...rest] = path.split(/[/.]/);
    if (head === 'custom') {
      const m = this.model();
      if (m.type !== 'Custom') throw new FakeExcelError('InvalidOperation', 'Not a custom conditional format.');
      if (rest[0] === 'rule') this.custom.rule._values.set('formula', m.formula);
      return;
    }
    this._values.set(head, this._read(head));
  }
  get type(): string {
    return this._get('type');
  }
  get id(): string {
    return this._get('id');
  }
  getCustomOrNullObject() {
    return this.custom;
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const m = this.model();
      return { sheet: this.ctx.excel.sheetOfCf(m) as SheetModel, rects: m.ranges.slice(0, 1) };
    });
  }
  delete(): void {
    this.ctx._enqueue(() => {
      const m = this.model();
      const s = this.ctx.excel.sheetOfCf(m);
      if (s) s.conditionalFormats = s.conditionalFormats.filter((c) => c !== m);
    });
  }
}

export class CFRuleProxy extends Proxy {
  constructor(ctx: FakeRequestContext, private model: () => ConditionalFormatModel) {
    super(ctx);
  }
  protected _scalars() {
    return ['formula', 'formulaLocal'];
  }
  protected _read() {
    return this.model().formula;
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(v: string) {
    this.ctx._enqueue(() => void (this.model().formula = v), 64 + v.length);
  }
}

// Charts ----------------------------------------------------------------------------------------

export class ChartCollectionProxy extends Proxy {
  constructor(ctx: FakeRequestContext, private sheet: () => SheetModel) {
    super(ctx);
  }
  protected _scalars() {
    return ['count'];
  }
  protected _read() {
    return this.sheet().charts.length;
  }
  get count(): number {
    return this._get('count');
  }
  add(type: string, source: RangeProxy, _seriesBy?: string) {
    const model: ChartModel = { name: '', type, source: '', title: '' };
    this.ctx._enqueue(() => {
      const { sheet, rects } = source._t();
      model.name = `Chart ${this.ctx.excel.model.nextId++}`;
      model.source = `${quoteSheet(sheet.name)}!${rectAddress(rects[0])}`;
      this.sheet().charts.push(model);
    });
    const ctx = this.ctx;
    return {
      title: {
        set text(v: string) {
          ctx._enqueue(() => void (model.title = v));
        },
      },
      setPosition: (_a: string, _b?: string) => ctx._enqueue(() => undefined),
      legend: { set visible(_v: boolean) {} },
      set width(_v: number) {},
      set height(_v: number) {},
    };
  }
}

// Custom XML parts and settings -----------------------------------------------------------------

export class CustomXmlPartCollectionProxy extends Proxy {
  constructor(ctx: FakeRequestContext, private ns: string | null) {
    super(ctx);
  }
  private _parts() {
    const parts = this.ctx.excel.model.xmlParts;
    return this.ns === null ? parts : parts.filter((p) => xmlNamespace(p.xml) === this.ns);
  }
  protected _scalars() {
    return ['items'];
  }
  protected _read() {
    return this._parts().map((p) => new CustomXmlPartProxy(this.ctx, () => p));
  }
  override load(spec?: string | string[] | { select?: string }): this {
    this.ctx._check();
    const paths = typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec : ['items/id'];
    const itemProps = paths.map((p) => p.trim().replace(/^items[/.]?/, '')).filter(Boolean);
    this.ctx._enqueue(() => {
      const items = this._read();
      for (const it of items) for (const p of itemProps) it._values.set(p, it._readPublic(p));
      this._values.set('items', items);
    });
    return this;
  }
  get items(): CustomXmlPartProxy[] {
    return this._get('items');
  }
  add(xml: string): CustomXmlPartProxy {
    if (this.ctx.excel.options.excelApi < 5) throw new FakeExcelError('ApiNotFound', 'ExcelApi 1.5 required');
    let part: { id: string; xml: string } | null = null;
    this.ctx._enqueue(() => {
      if (!/^\s*(<\?xml[^>]*>\s*)?<[A-Za-z]/.test(xml)) throw new FakeExcelError('InvalidArgument', 'Not XML');
      part = { id: `{${String(this.ctx.excel.model.nextId++).padStart(8, '0')}-0000-0000-0000-000000000000}`, xml };
      this.ctx.excel.model.xmlParts.push(part);
    }, 64 + xml.length);
    return new CustomXmlPartProxy(this.ctx, () => part);
  }
  getByNamespace(ns: string): CustomXmlPartCollectionProxy {
    return new CustomXmlPartCollectionProxy(this.ctx, ns);
  }
  getItemOrNullObject(id: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.ctx, () => this.ctx.excel.model.xmlParts.find((p) => p.id === id) ?? null, true);
  }
  getOnlyItemOrNullObject(): CustomXmlPartProxy {
    return new CustomXmlPartProxy(
      this.ctx,
      () => {
        const p = this._parts();
        if (p.length > 1) throw new FakeExcelError('InvalidOperation', 'More than one item');
        return p[0] ?? null;
      },
      true,
    );
  }
}

function xmlNamespace(xml: string): string | null {
  const m = /<[A-Za-z_][\w.-]*(?::[\w.-]+)?\s[^>]*xmlns(?::\w+)?="([^"]*)"/.exec(xml);
  return m ? m[1] : null;
}

export class CustomXmlPartProxy extends Proxy {
  constructor(ctx: FakeRequestContext, private part: () => { id: string; xml: string } | null, private nullable = false) {
    super(ctx);
  }
  protected _scalars() {
    return ['id', 'namespaceUri', 'isNullObject'];
  }
  /** @internal */
  _readPublic(p: string) {
    return this._read(p);
  }
  protected _read(prop: string) {
    const p = this.part();
    if (prop === 'isNullObject') return this.nullable && !p;
    if (!p) {
      if (this.nullable) return null;
      throw new FakeExcelError('ItemNotFound', 'No such part');
    }
    return prop === 'id' ? p.id : xmlNamespace(p.xml);
  }
  get id(): string {
    return this._get('id');
  }
  get isNullObject(): boolean {
    return this._get('isNullObject');
  }
  getXml(): { value: string } {
    const result = { value: undefined as unknown as string };
    let ready = false;
    this.ctx._enqueue(() => {
      const p = this.part();
      if (!p) throw new FakeExcelError('ItemNotFound', 'No such part');
      result.value = p.xml;
      ready = true;
    });
    const ctx = this.ctx;
    return {
      get value() {
        ctx._check();
        if (!ready) throw new FakeExcelError('PropertyNotLoaded', 'The value of the result object has not been loaded yet.');
        return result.value;
      },
    };
  }
  setXml(xml: string): void {
    this.ctx._enqueue(() => {
      const p = this.part();
      if (!p) throw new FakeExcelError('ItemNotFound', 'No such part');
      p.xml = xml;
    }, 64 + xml.length);
  }
  delete(): void {
    this.ctx._enqueue(() => {
      const p = this.part();
      const m = this.ctx.excel.model;
      m.xmlParts = m.xmlParts.filter((x) => x !== p);
    });
  }
}

export class SettingCollectionProxy extends Proxy {
  protected _scalars() {
    return [];
  }
  protected _read() {
    return undefined;
  }
  add(k: string, value: unknown) {
    // Settings are JSON-serialised, as in Excel.
    this.ctx._enqueue(() => void this.ctx.excel.model.settings.set(k, JSON.parse(JSON.stringify(value))));
  }
  getItemOrNullObject(k: string) {
    const ctx = this.ctx;
    const holder = new (class extends Proxy {
      protected _scalars() {
        return ['value', 'key', 'isNullObject'];
      }
      protected _read(p: string) {
        const has = ctx.excel.model.settings.has(k);
        if (p === 'isNullObject') return !has;
        if (p === 'key') return has ? k : null;
        return has ? ctx.excel.model.settings.get(k) : null;
      }
      get value(): unknown {
        return this._get('value');
      }
      get isNullObject(): boolean {
        return this._get('isNullObject');
      }
      delete() {
        ctx._enqueue(() => void ctx.excel.model.settings.delete(k));
      }
    })(ctx);
    return holder;
  }
}

// ---------------------------------------------------------------------------------------------
// The fake itself

export class FakeExcel {
  model: WorkbookModel;
  syncCount = 0;
  /** Cells whose values, formulas, text or formats were read: what a check costs the host. */
  cellsRead = 0;
  suspendedCalculation = false;
  suspendCount = 0;
  cfAdds = 0;
  maxRequestBytes = 0;
  runCount = 0;
  syncMs = 0;
  options: Required<FakeOptions>;
  /** Formula evaluation hook for =LEDGER.* etc.; default leaves the formula's value empty. */
  evaluate: (formula: string) => Cell = () => '';

  constructor(options: FakeOptions = {}) {
    this.options = { excelApi: 17, customFunctions: true, displayLanguage: 'zh-CN', ...options };
    this.model = { sheets: [], activeSheetId: '', selection: null, xmlParts: [], settings: new Map(), nextId: 1 };
  }

  /** Excel.run: one request context per batch; proxies die when it ends. */
  run = async <T>(batch: (ctx: FakeRequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeRequestContext(this);
    this.runCount++;
    try {
      const out = await batch(ctx);
      if (ctx._queue.length) await ctx.sync();
      return out;
    } finally {
      ctx._valid = false;
    }
  };

  addSheet(name: string, values?: Cell[][]): SheetModel {
    const s: SheetModel = {
      id: `{sheet-${this.model.nextId++}}`,
      name,
      cells: new Map(),
      merges: [],
      conditionalFormats: [],
      charts: [],
      columnWidths: new Map(),
      frozenRows: 0,
      pageBreakRows: [],
      print: { orientation: 'Portrait', paperSize: 'Letter', titleRows: null },
      hyperlinks: new Map(),
    };
    this.model.sheets.push(s);
    if (!this.model.activeSheetId) this.model.activeSheetId = s.id;
    if (values) this.setValues(s, 0, 0, values);
    return s;
  }
  sheetByName(name: string): SheetModel | undefined {
    return this.model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  sheetById(id: string): SheetModel {
    const s = this.model.sheets.find((x) => x.id === id);
    if (!s) throw new FakeExcelError('ItemNotFound', 'No such sheet');
    return s;
  }
  sheetOfCf(m: ConditionalFormatModel): SheetModel | undefined {
    return this.model.sheets.find((s) => s.conditionalFormats.includes(m));
  }
  cellAt(sheet: SheetModel, r: number, c: number): CellModel {
    const k = key(r, c);
    let cell = sheet.cells.get(k);
    if (!cell) {
      cell = emptyCell();
      sheet.cells.set(k, cell);
    }
    return cell;
  }
  setValues(sheet: SheetModel, top: number, left: number, values: Cell[][]): void {
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === '' || v === null || v === undefined) return;
        this.cellAt(sheet, top + i, left + j).value = v;
      }),
    );
  }
  /** Direct (test-side) access to a cell's stored model, A1 on a sheet. */
  cell(sheetName: string, a1: string): CellModel {
    const s = this.sheetByName(sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    const { rect } = parseArea(a1);
    return s.cells.get(key(rect.top, rect.left)) ?? emptyCell();
  }
  /** What the user sees as the cell's fill: the top-priority true custom rule, else the cell's own. */
  displayedFill(sheetName: string, a1: string): string | null {
    const s = this.sheetByName(sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    const { rect } = parseArea(a1);
    for (const cf of s.conditionalFormats) {
      if (cf.fill && cf.ranges.some((r) => intersects(r, rect)) && this.cfTrue(cf)) return cf.fill;
    }
    return s.cells.get(key(rect.top, rect.left))?.fill?.color ?? null;
  }
  /** Custom rules in this fake: formulas without cell references; TRUE unless literally FALSE. */
  cfTrue(cf: ConditionalFormatModel): boolean {
    return cf.type === 'Custom' && !/^=\s*FALSE\s*$/i.test(cf.formula);
  }
  /** Serialises every format of every sheet: for bit-for-bit comparisons in tests. */
  formatSnapshot(): string {
    const out: unknown[] = [];
    for (const s of this.model.sheets) {
      const cells = [...s.cells.entries()]
        .filter(([, c]) => !isDefaultCell({ ...c, value: '', formula: null }))
        .map(([k, c]) => [k, { ...c, value: undefined, formula: undefined }])
        .sort();
      out.push({ name: s.name, cells, cf: s.conditionalFormats, merges: s.merges, widths: [...s.columnWidths] });
    }
    return JSON.stringify(out);
  }
  valueSnapshot(): string {
    return JSON.stringify(this.model.sheets.map((s) => [s.name, [...s.cells.entries()].map(([k, c]) => [k, c.value, c.formula]).sort()]));
  }

  /** An `Office` global good enough for the pane: onReady, requirements, display language. */
  office() {
    const api = this.options.excelApi;
    const fake = this;
    return {
      HostType: { Excel: 'Excel' },
      onReady: (cb?: (info: { host: string; platform: string }) => void) => {
        const info = { host: 'Excel', platform: 'OfficeOnline' };
        cb?.(info);
        return Promise.resolve(info);
      },
      context: {
        get displayLanguage() {
          return fake.options.displayLanguage;
        },
        requirements: {
          isSetSupported(name: string, version?: string | number) {
            const v = Number(String(version ?? '1.1').split('.')[1] ?? 0);
            if (name === 'ExcelApi') return v <= api;
            if (name === 'CustomFunctionsRuntime') return fake.options.customFunctions;
            return false;
          },
        },
      },
    };
  }
}
