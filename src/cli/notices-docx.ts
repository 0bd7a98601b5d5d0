// A 督办通知单 as a Word document (docx library): A4, title, number and date, the unit, a sentence of
// what is asked, the table of red / yellow / blue tasks, a signature line. The document is in Chinese
// whatever --lang says: it is an official paper for a Chinese office.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { chineseDate, noticeIntro, noticeRow, NOTICE_HEADER, NOTICE_LEGEND, NOTICE_LIGHT, NOTICE_SIGNATURE, type Notice } from '../report/notices';
import { STATUS } from '../core/types';

const FONT = { eastAsia: '宋体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const TITLE_FONT = { eastAsia: '黑体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };

export interface NoticeMeta {
  /** 编号, e.g. 20261206-03. */
  number: string;
  asOf: string;
  /** Where the tasks come from: the ledger's title or file. */
  source: string;
  /** Notices cover supporting units too: the table has a 职责 column. */
  withRoles: boolean;
}

const text = (t: string, opts: { bold?: boolean; size?: number; font?: typeof FONT } = {}) =>
  new TextRun({ text: t, bold: opts.bold, size: opts.size ?? 24, font: opts.font ?? FONT });

function cell(t: string, opts: { width: number; bold?: boolean; fill?: string; center?: boolean }): TableCell {
  return new TableCell({
    width: { size: opts.width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlignTable.CENTER,
    shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT, children: [text(t, { bold: opts.bold, size: 21 })] })],
  });
}

function table(notice: Notice, withRoles: boolean): Table {
  // Widths in per cent of the table: two-character headers on one line, the task and progress wide.
  const widths = withRoles ? [7, 26, 7, 14, 12, 8, 10, 16] : [7, 30, 14, 12, 8, 10, 19];
  const headers: string[] = [...NOTICE_HEADER];
  if (withRoles) headers.splice(2, 0, '职责');
  const header = new TableRow({
    tableHeader: true,
    children: headers.map((h, i) => cell(h, { width: widths[i], bold: true, fill: 'D9E1F2', center: true })),
  });
  const statusIndex = headers.indexOf('状态');
  const rows = notice.items.map(
    (item) =>
      new TableRow({
        cantSplit: true,
        children: noticeRow(item, withRoles, (k) => STATUS[k]).map((v, i) =>
          cell(v, {
            width: widths[i],
            fill: i === statusIndex ? NOTICE_LIGHT[item.statusKey] : undefined,
            center: i === 0 || (i >= statusIndex - 1 && i <= statusIndex + 1),
          }),
        ),
      }),
  );
  const line = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [header, ...rows],
  });
}

/** The .docx bytes of one unit's notice. */
export async function noticeDocx(notice: Notice, meta: NoticeMeta): Promise<Buffer> {
  const doc = new Document({
    creator: 'task-ledger',
    title: `督办通知单（${notice.unit}）`,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: {
          page: {
            // A4 in twentieths of a point, with the margins of 党政机关公文 (about 3.7 / 2.8 / 3.5 / 2.6 cm).
            size: { width: 11906, height: 16838 },
            margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 },
          },
        },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [text('督办通知单', { bold: true, size: 44, font: TITLE_FONT })] }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { after: 240 },
            children: [text(`编号：${meta.number}　　日期：${chineseDate(meta.asOf)}`, { size: 21 })],
          }),
          new Paragraph({ spacing: { after: 120 }, children: [text(`${notice.unit}：`, { bold: true })] }),
          new Paragraph({
            indent: { firstLine: 480 },
            spacing: { after: 240, line: 360 },
            children: [text(noticeIntro(notice, meta))],
          }),
          table(notice, meta.withRoles),
          new Paragraph({ spacing: { before: 600 }, alignment: AlignmentType.RIGHT, children: [text(NOTICE_SIGNATURE)] }),
          new Paragraph({ spacing: { before: 240 }, alignment: AlignmentType.RIGHT, children: [text('年　　月　　日')] }),
          new Paragraph({
            spacing: { before: 480 },
            children: [text(NOTICE_LEGEND, { size: 18 })],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A file name for a unit's notice: its order and name, without characters file systems refuse. */
export function noticeFileName(index: number, unit: string): string {
  return `督办单-${String(index + 1).padStart(2, '0')}-${unit.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60)}.docx`;
}
