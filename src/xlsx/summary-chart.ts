/**
 * ExcelJS writes no charts, so the summary's chart is added to the package after ExcelJS has written it:
 * a DrawingML chart part (a stacked column chart whose series point at the plan's own table, with cached
 * values so a reader that does not recalculate still draws it), a drawing anchoring it to the sheet, their
 * relationships, the sheet's `<drawing>` element and the content types — the parts Excel itself writes
 * for one chart on one sheet (ECMA-376 Part 1, §21.2 and §20.5).
 */
import JSZip from 'jszip';
import type { SummaryChart } from '../checks/summary-plan';
import { columnLetter } from '../registers/grid';

const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

export interface ChartData {
  chart: SummaryChart;
  sheetName: string;
  /** The chart's table as the plan holds it: header row (corner, level names…), then label + counts rows. */
  table: (string | number | null)[][];
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function ref(sheetName: string, column: number, top: number, bottom = top): string {
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  const letter = columnLetter(column);
  return top === bottom ? `${quoted}!$${letter}$${top}` : `${quoted}!$${letter}$${top}:$${letter}$${bottom}`;
}

export function chartXml({ chart, sheetName, table }: ChartData): string {
  const { source } = chart;
  const firstBody = source.top + 1;
  const labels = table.slice(1).map((row) => String(row[0] ?? ''));
  const categories = `<c:cat><c:strRef><c:f>${xml(ref(sheetName, source.left, firstBody, source.bottom))}</c:f><c:strCache><c:ptCount val="${labels.length}"/>${labels
    .map((label, i) => `<c:pt idx="${i}"><c:v>${xml(label)}</c:v></c:pt>`).join('')}</c:strCache></c:strRef></c:cat>`;
  const series = chart.seriesColors.map((color, s) => {
    const column = source.left + 1 + s;
    const name = String(table[0][1 + s] ?? '');
    const values = table.slice(1).map((row) => Number(row[1 + s] ?? 0));
    return `<c:ser><c:idx val="${s}"/><c:order val="${s}"/>`
      + `<c:tx><c:strRef><c:f>${xml(ref(sheetName, column, source.top))}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${xml(name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`
      + `<c:spPr><a:solidFill><a:srgbClr val="${color.replace('#', '')}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`
      + categories
      + `<c:val><c:numRef><c:f>${xml(ref(sheetName, column, firstBody, source.bottom))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values
        .map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('')}</c:numCache></c:numRef></c:val></c:ser>`;
  }).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`
    + `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>`
    + `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${xml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
    + `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>`
    + `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:overlap val="100"/>`
    + `<c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>`
    + `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>`
    + `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="1"/></c:valAx>`
    + `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
}

function drawingXml(chart: SummaryChart): string {
  const { row, column, columns, rows } = chart.anchor;
  // Anchors count from zero.
  const marker = (c: number, r: number) => `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`
    + `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}"><xdr:twoCellAnchor>`
    + `<xdr:from>${marker(column - 1, row - 1)}</xdr:from><xdr:to>${marker(column - 1 + columns, row - 1 + rows)}</xdr:to>`
    + `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Tobokel chart"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`
    + `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>`
    + `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId1"/></a:graphicData></a:graphic>`
    + `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
}

const RELS_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

/** Adds the chart to the package's first sheet (the summary), which must have no drawing yet. */
export async function addChart(buffer: Buffer, data: ChartData): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const sheetPath = 'xl/worksheets/sheet1.xml';
  const sheet = await zip.file(sheetPath)?.async('string');
  if (sheet === undefined) throw new Error('the summary workbook has no first sheet');
  if (/<drawing\b/.test(sheet)) throw new Error('the summary sheet already has a drawing');

  zip.file('xl/charts/chart1.xml', chartXml(data));
  zip.file('xl/drawings/drawing1.xml', drawingXml(data.chart));
  zip.file('xl/drawings/_rels/drawing1.xml.rels', `${RELS_HEAD}<Relationship Id="rId1" Type="${REL_CHART}" Target="../charts/chart1.xml"/></Relationships>`);

  const relsPath = 'xl/worksheets/_rels/sheet1.xml.rels';
  const rels = (await zip.file(relsPath)?.async('string')) ?? `${RELS_HEAD}</Relationships>`;
  const taken = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (taken.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${REL_DRAWING}" Target="../drawings/drawing1.xml"/></Relationships>`));

  // CT_Worksheet's order: <drawing> follows the print settings and precedes legacy drawings, tables and extLst.
  const element = `<drawing r:id="${id}"/>`;
  const before = /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(sheet);
  const withNs = /xmlns:r=/.test(sheet.slice(0, sheet.indexOf('>', sheet.indexOf('<worksheet')))) ? sheet : sheet.replace('<worksheet ', `<worksheet xmlns:r="${NS_R}" `);
  const at = before ? withNs.indexOf(before[0]) : withNs.lastIndexOf('</worksheet>');
  zip.file(sheetPath, `${withNs.slice(0, at)}${element}${withNs.slice(at)}`);

  const typesPath = '[Content_Types].xml';
  const types = await zip.file(typesPath)!.async('string');
  zip.file(typesPath, types.replace('</Types>',
    `<Override PartName="/xl/charts/chart1.xml" ContentType="${CHART_TYPE}"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="${DRAWING_TYPE}"/></Types>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
