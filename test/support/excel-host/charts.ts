/**
 * Charts, as far as Tobokel draws them (ExcelApi 1.1): `worksheet.charts.add(type, range, seriesBy)`, the
 * title, the legend's position, `setPosition`, and each series' solid fill. A chart's series are read
 * from its source range as Excel reads a table with a header row and a label column. Pure TypeScript.
 */
import { Rect, areaAddress, parseArea } from './address';
import type { Sheet, Workbook } from './model';
import { getCell } from './model';
import { HostError } from './protocol';
import type { HostObject } from './objects';

export interface ChartRecord {
  id: string;
  type: string;
  source: Rect;
  seriesBy: 'Auto' | 'Columns' | 'Rows';
  title: string;
  legendPosition: string;
  position?: { start: string; end?: string };
  series: { name: string; categories: string[]; values: number[]; fill?: string }[];
}

/** Charts by sheet: kept beside the model so a sheet's charts go when the sheet does. */
const chartsBySheet = new WeakMap<Sheet, ChartRecord[]>();

export function chartsOf(sheet: Sheet): ChartRecord[] {
  let charts = chartsBySheet.get(sheet);
  if (!charts) chartsBySheet.set(sheet, (charts = []));
  return charts;
}

const CHART_TYPES = ['ColumnClustered', 'ColumnStacked', 'ColumnStacked100', 'BarClustered', 'BarStacked', 'BarStacked100', 'Line', 'Pie'];
const LEGEND_POSITIONS = ['Invalid', 'Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'];
const COLOR = /^#[0-9A-Fa-f]{6}$/;

function seriesOf(sheet: Sheet, rect: Rect): ChartRecord['series'] {
  const text = (r: number, c: number) => String(getCell(sheet, r, c)?.value ?? '');
  const categories: string[] = [];
  for (let r = rect.top + 1; r <= rect.bottom; r++) categories.push(text(r, rect.left));
  const series: ChartRecord['series'] = [];
  for (let c = rect.left + 1; c <= rect.right; c++) {
    const values: number[] = [];
    for (let r = rect.top + 1; r <= rect.bottom; r++) {
      const v = getCell(sheet, r, c)?.value;
      values.push(typeof v === 'number' ? v : 0);
    }
    series.push({ name: text(rect.top, c), categories, values });
  }
  return series;
}

export function chartsObject(wb: Workbook, sheet: Sheet): HostObject {
  const charts = chartsOf(sheet);
  return {
    type: 'ChartCollection',
    items: () => charts.map((c) => chartObject(sheet, c)),
    methods: {
      Add: (type, source, seriesBy) => {
        if (typeof type !== 'string' || !CHART_TYPES.includes(type)) throw new HostError('InvalidArgument', `chart type '${String(type)}' is not one Tobokel's host knows`);
        const range = (source as HostObject | undefined)?.range;
        if (!range) throw new HostError('InvalidArgument', 'charts.add needs a Range as its source');
        if (range.sheet !== sheet) throw new HostError('InvalidArgument', 'a chart\'s source must be on its own sheet here');
        const by = seriesBy ?? 'Auto';
        if (by !== 'Auto' && by !== 'Columns' && by !== 'Rows') throw new HostError('InvalidArgument', `seriesBy '${String(by)}'`);
        const record: ChartRecord = { id: `chart${wb.nextId++}`, type, source: range.rect, seriesBy: by, title: '', legendPosition: 'Right', series: seriesOf(sheet, range.rect) };
        charts.push(record);
        return chartObject(sheet, record);
      },
      GetCount: () => charts.length,
    },
  };
}

function chartObject(sheet: Sheet, chart: ChartRecord): HostObject {
  return {
    type: 'Chart',
    id: chart.id,
    props: {
      Id: { get: () => chart.id },
      Name: { get: () => chart.id },
    },
    nav: {
      Title: () => ({ type: 'ChartTitle', props: { Text: { get: () => chart.title, set: (v) => { chart.title = String(v); } } } }),
      Legend: () => ({
        type: 'ChartLegend',
        props: {
          Position: {
            get: () => chart.legendPosition,
            set: (v) => {
              if (typeof v !== 'string' || !LEGEND_POSITIONS.includes(v)) throw new HostError('InvalidArgument', `legend position '${String(v)}'`);
              chart.legendPosition = v;
            },
          },
        },
      }),
      Series: () => ({
        type: 'ChartSeriesCollection',
        props: { Count: { get: () => chart.series.length } },
        methods: {
          GetItemAt: (index) => {
            const series = chart.series[Number(index)];
            if (!series) throw new HostError('ItemNotFound', `series ${String(index)}`);
            return {
              type: 'ChartSeries',
              props: { Name: { get: () => series.name } },
              nav: {
                Format: () => ({
                  type: 'ChartSeriesFormat',
                  nav: {
                    Fill: () => ({
                      type: 'ChartFill',
                      methods: {
                        SetSolidColor: (color: unknown) => {
                          if (typeof color !== 'string' || !COLOR.test(color)) throw new HostError('InvalidArgument', `colour '${String(color)}'`);
                          series.fill = color.toUpperCase();
                        },
                      },
                    }),
                  },
                }),
              },
            };
          },
        },
      }),
    },
    methods: {
      SetPosition: (start, end) => {
        const check = (v: unknown) => {
          if (typeof v !== 'string') throw new HostError('InvalidArgument', 'setPosition takes addresses here');
          parseArea(v);
          return v;
        };
        chart.position = { start: check(start), ...(end !== undefined && end !== null ? { end: check(end) } : {}) };
      },
      Delete: () => {
        const charts = chartsOf(sheet);
        charts.splice(charts.indexOf(chart), 1);
      },
    },
  };
}

export function describeChartSource(chart: ChartRecord): string {
  return areaAddress(chart.source);
}
