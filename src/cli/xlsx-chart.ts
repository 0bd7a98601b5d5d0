// A native bar chart added to a workbook ExcelJS wrote (ExcelJS writes no charts): the chart part, a
// drawing that anchors it on a sheet, their relationships and content types, written into the zip
// with JSZip (which ExcelJS itself uses). Excel, WPS and LibreOffice draw it from the sheet's cells.
import { jsZip } from './lazy';

export interface BarChart {
  /** The sheet that holds the data and the chart (its position in the workbook, 1-based). */
  sheetIndex: number;
  sheetName: string;
  title: string;
  seriesName: string;
  /** A1 ranges on that sheet, e.g. A3:A12 and D3:D12. */
  categories: string;
  values: string;
  /** Where the chart sits: 0-based columns and rows of its top-left and bottom-right corners. */
  from: { col: number; row: number };
  to: { col: number; row: number };
  colour: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const abs = (range: string) => range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');

function chartXml(c: BarChart): string {
  const ref = (r: string) => `'${c.sheetName.replace(/'/g, "''")}'!${abs(r)}`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(c.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${esc(c.seriesName)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${c.colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${esc(ref(c.categories))}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${esc(ref(c.values))}</c:f></c:numRef></c:val></c:ser>` +
    '<c:gapWidth val="80"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>' +
    // Categories top to bottom in the sheet's order (the file with most overdue first).
    '<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
    '<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="1"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

function drawingXml(c: BarChart): string {
  const corner = (tag: string, p: { col: number; row: number }) =>
    `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:twoCellAnchor>${corner('from', c.from)}${corner('to', c.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${esc(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>' +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The workbook with the chart added; `buf` as ExcelJS wrote it (sheet parts xl/worksheets/sheetN.xml). */
export async function addBarChart(buf: Buffer, c: BarChart): Promise<Buffer> {
  const zip = await jsZip().loadAsync(buf);
  const sheetPath = `xl/worksheets/sheet${c.sheetIndex}.xml`;
  const relsPath = `xl/worksheets/_rels/sheet${c.sheetIndex}.xml.rels`;
  const sheet = await zip.file(sheetPath)?.async('string');
  if (!sheet) throw new Error(`no ${sheetPath}`);
  zip.file('xl/charts/chart1.xml', chartXml(c));
  zip.file('xl/drawings/drawing1.xml', drawingXml(c));
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${REL_TYPE}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  const rel = `<Relationship Id="rIdTlChart" Type="${REL_TYPE}/drawing" Target="../drawings/drawing1.xml"/>`;
  const rels = await zip.file(relsPath)?.async('string');
  zip.file(relsPath, rels ? rels.replace('</Relationships>', `${rel}</Relationships>`) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${RELS_NS}">${rel}</Relationships>`);
  // <drawing> comes after the page setup and before legacyDrawing, tableParts and the worksheet's own
  // extLst (the last element; a data-bar rule holds an extLst of its own further up).
  const ownExtLst = /<\/extLst>\s*<\/worksheet>\s*$/.test(sheet) ? sheet.lastIndexOf('<extLst') : -1;
  const at = Math.min(...[sheet.indexOf('<legacyDrawing'), sheet.indexOf('<tableParts'), ownExtLst, sheet.lastIndexOf('</worksheet>')].filter((i) => i >= 0));
  let withDrawing = `${sheet.slice(0, at)}<drawing r:id="rIdTlChart"/>${sheet.slice(at)}`;
  if (!/xmlns:r=/.test(withDrawing.slice(0, withDrawing.indexOf('>', withDrawing.indexOf('<worksheet'))))) {
    withDrawing = withDrawing.replace('<worksheet', `<worksheet xmlns:r="${REL_TYPE}"`);
  }
  zip.file(sheetPath, withDrawing);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
