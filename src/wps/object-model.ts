/// <reference types="wps-jsapi" />
// The part of WPS 表格's object model (the JS API of WPS 加载项, VBA-like and synchronous) that the
// adapter uses, as it behaves: 1-based Item(i), Value2 a 2-D array for several cells and a scalar for
// one, colours as BGR integers, formats and conditions reached through Interior / Font /
// FormatConditions. wps-jsapi's declarations are generated from the COM type library (methods that
// return objects are declared void, Value2 as number), so the adapter states the shapes it relies on
// here, and `Conforms` checks at compile time that every member it uses exists in those declarations.

export type Value2 = unknown;

export interface WpsFont {
  Color: number;
  Bold: boolean;
  Size: number;
  Name: string;
}

export interface WpsInterior {
  /** BGR: red is 0x0000FF. "No fill" reads as white (16777215) with ColorIndex xlNone (-4142). */
  Color: number;
  ColorIndex: number;
}

export interface WpsFormatCondition {
  /** XlFormatConditionType: 2 is xlExpression. */
  readonly Type: number;
  /** The formula of an expression condition; other kinds (data bars, colour scales) throw on reading it. */
  readonly Formula1: string;
  readonly Interior: WpsInterior;
  readonly Font: WpsFont;
  Delete(): void;
}

export interface WpsFormatConditions {
  readonly Count: number;
  Item(index: number): WpsFormatCondition;
  Add(type: number, operator?: number, formula1?: string): WpsFormatCondition;
}

export interface WpsRange {
  Value2: Value2;
  Formula: unknown;
  NumberFormat: unknown;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  /** True, false, or null when the range is partly merged. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: WpsRange;
  readonly Interior: WpsInterior;
  readonly Font: WpsFont;
  readonly FormatConditions: WpsFormatConditions;
  WrapText: boolean;
  ColumnWidth: number;
  /** XlHAlign: -4108 centre. */
  HorizontalAlignment: number;
  readonly Borders: { LineStyle: number; Color: number };
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  Merge(across?: boolean): void;
  Select(): void;
  /** Range.Find as VBA has it; null when nothing is found. */
  Find(what: string, after?: WpsRange, lookIn?: number, lookAt?: number, searchOrder?: number, searchDirection?: number): WpsRange | null;
}

export interface WpsWorksheet {
  Name: string;
  readonly Index: number;
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  readonly Visible: number;
  readonly UsedRange: WpsRange;
  readonly Cells: WpsRange;
  Range(address: string): WpsRange;
  Activate(): void;
}

export interface WpsWorksheets {
  readonly Count: number;
  Item(index: number | string): WpsWorksheet;
  Add(before?: WpsWorksheet, after?: WpsWorksheet): WpsWorksheet;
}

export interface WpsCustomXMLPart {
  readonly XML: string;
  readonly NamespaceURI: string;
  Delete(): void;
}

export interface WpsCustomXMLParts {
  readonly Count: number;
  Item(index: number): WpsCustomXMLPart;
  Add(xml: string): WpsCustomXMLPart;
  SelectByNamespace(namespaceURI: string): WpsCustomXMLParts;
}

export interface WpsWorkbook {
  readonly Name: string;
  readonly Worksheets: WpsWorksheets;
  readonly ActiveSheet: WpsWorksheet;
  /** Absent in WPS builds without custom XML support: settings then stay for the session. */
  readonly CustomXMLParts?: WpsCustomXMLParts;
}

export interface WpsApplication {
  readonly ActiveWorkbook: WpsWorkbook | null;
  readonly ActiveSheet: WpsWorksheet | null;
  ScreenUpdating: boolean;
}

/** Constants of the object model the adapter uses (VBA's Xl… enumerations). */
export const XL = {
  expression: 2,
  none: -4142,
  values: -4163,
  part: 2,
  byRows: 1,
  next: 1,
  previous: 2,
  center: -4108,
  continuous: 1,
  visible: -1,
} as const;

/** BGR integer of an "#RRGGBB" colour. */
export function bgr(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

// Every member the adapter uses exists in wps-jsapi's declarations of the ET (表格) object model.
type Has<T, K extends string> = [K] extends [keyof T] ? true : never;
export type Conforms = [
  Has<Et.EtRange, 'Value2' | 'Formula' | 'NumberFormat' | 'Row' | 'Column' | 'Rows' | 'Columns' | 'MergeCells' | 'MergeArea'>,
  Has<Et.EtRange, 'Interior' | 'Font' | 'FormatConditions' | 'WrapText' | 'ColumnWidth' | 'HorizontalAlignment' | 'Borders'>,
  Has<Et.EtRange, 'Address' | 'Merge' | 'Select' | 'Find'>,
  Has<Et.EtWorksheet, 'Name' | 'Index' | 'Visible' | 'UsedRange' | 'Cells' | 'Range' | 'Activate'>,
  Has<Et.EtSheets, 'Count' | 'Item' | 'Add'>,
  Has<Et.EtWorkbook, 'Name' | 'Worksheets' | 'ActiveSheet' | 'CustomXMLParts'>,
  Has<Et.EtApplication, 'ActiveWorkbook' | 'ActiveSheet' | 'ScreenUpdating'>,
  Has<Et.EtFormatCondition, 'Type' | 'Formula1' | 'Interior' | 'Font' | 'Delete'>,
  Has<Et.EtFormatConditions, 'Count' | 'Item' | 'Add'>,
  Has<Et.EtInterior, 'Color' | 'ColorIndex'>,
  Has<Et.EtFont, 'Color' | 'Bold' | 'Size' | 'Name'>,
  Has<Kso.KsoCustomXMLParts, 'Count' | 'Item' | 'Add' | 'SelectByNamespace'>,
  Has<Kso.KsoCustomXMLPart, 'XML' | 'NamespaceURI' | 'Delete'>,
];
const conforms: Conforms = [true, true, true, true, true, true, true, true, true, true, true, true, true];
void conforms;
