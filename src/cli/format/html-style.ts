/**
 * The HTML report's stylesheet: plain system fonts (the page must work offline), tables with header rows
 * repeated on every printed page, colours kept when printing (a heat map without them says nothing), A4
 * pages with margins a binder can punch.
 */
export const REPORT_STYLE = `
*{box-sizing:border-box}
body{font:14px/1.45 'Segoe UI',system-ui,-apple-system,'Noto Sans','DejaVu Sans',sans-serif;margin:2em auto;max-width:72em;padding:0 1.5em;color:#1b1b1b}
header{border-bottom:2px solid #1f4e79;margin-bottom:1.2em;padding-bottom:.6em}
.order{margin:0;color:#555;font-size:.9em}
h1{font-size:1.55em;margin:.25em 0;color:#1f4e79}
h2{font-size:1.25em;margin:1.6em 0 .4em;color:#1f4e79;border-bottom:1px solid #c8d3e0;padding-bottom:.2em}
h3{font-size:1.05em;margin:1.2em 0 .3em}
.meta{margin:.2em 0;color:#333}
.verdict{font-size:1.2em;font-weight:600;padding:.45em .8em;border-radius:4px;display:inline-block;margin:.4em 0}
.verdict.ready{background:#e3f1e4;color:#1b5e20;border:1px solid #9ccc9f}
.verdict.not-ready{background:#fdeaea;color:#a31515;border:1px solid #e8a3a3}
.ready{color:#1b5e20}.not-ready{color:#a31515}
td.ready,td.not-ready{font-weight:600}
.body-name{font-style:italic;margin:.2em 0}
ul.registers{margin:.3em 0 .6em;padding-left:1.3em}
table{border-collapse:collapse;margin:.4em 0 1em;width:100%}
table.heat{width:auto;min-width:28em}
th,td{border:1px solid #b7c0cc;padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:#e8eef8;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.zero{color:#9aa3ad}
td.total{font-weight:600;background:#f4f6f9}
td.severity{font-weight:600}
td.error{background:#fdeaea;color:#a31515}td.warning{background:#fff4d6;color:#7a4f00}td.info{background:#eaf3fc;color:#1f4e79}
table.flags b{font-weight:600}
table.findings td:nth-child(-n+3),table.flags td:nth-child(-n+2){white-space:nowrap}
.suggestion{font-style:italic;color:#333}
.heat-zero.s1{background:rgba(96,125,139,0.14);color:#1b1b1b}.heat-zero.s2{background:rgba(96,125,139,0.28);color:#1b1b1b}.heat-zero.s3{background:rgba(96,125,139,0.42);color:#1b1b1b}.heat-zero.s4{background:rgba(96,125,139,0.6);color:#fff}.heat-zero.s5{background:rgba(96,125,139,0.8);color:#fff}.heat-low.s1{background:rgba(46,125,50,0.14);color:#1b1b1b}.heat-low.s2{background:rgba(46,125,50,0.28);color:#1b1b1b}.heat-low.s3{background:rgba(46,125,50,0.42);color:#1b1b1b}.heat-low.s4{background:rgba(46,125,50,0.6);color:#fff}.heat-low.s5{background:rgba(46,125,50,0.8);color:#fff}.heat-medium.s1{background:rgba(239,160,0,0.14);color:#1b1b1b}.heat-medium.s2{background:rgba(239,160,0,0.28);color:#1b1b1b}.heat-medium.s3{background:rgba(239,160,0,0.42);color:#1b1b1b}.heat-medium.s4{background:rgba(239,160,0,0.6);color:#1b1b1b}.heat-medium.s5{background:rgba(239,160,0,0.8);color:#1b1b1b}.heat-high.s1{background:rgba(198,40,40,0.14);color:#1b1b1b}.heat-high.s2{background:rgba(198,40,40,0.28);color:#1b1b1b}.heat-high.s3{background:rgba(198,40,40,0.42);color:#1b1b1b}.heat-high.s4{background:rgba(198,40,40,0.6);color:#fff}.heat-high.s5{background:rgba(198,40,40,0.8);color:#fff}.heat-empty.s1{background:rgba(120,120,120,0.14);color:#1b1b1b}.heat-empty.s2{background:rgba(120,120,120,0.28);color:#1b1b1b}.heat-empty.s3{background:rgba(120,120,120,0.42);color:#1b1b1b}.heat-empty.s4{background:rgba(120,120,120,0.6);color:#fff}.heat-empty.s5{background:rgba(120,120,120,0.8);color:#fff}.heat-unrecognised.s1{background:rgba(120,120,120,0.14);color:#1b1b1b}.heat-unrecognised.s2{background:rgba(120,120,120,0.28);color:#1b1b1b}.heat-unrecognised.s3{background:rgba(120,120,120,0.42);color:#1b1b1b}.heat-unrecognised.s4{background:rgba(120,120,120,0.6);color:#fff}.heat-unrecognised.s5{background:rgba(120,120,120,0.8);color:#fff}
footer{margin-top:2.5em;border-top:1px solid #c8d3e0;padding-top:.4em;color:#666;font-size:.85em}
@page{size:A4;margin:16mm 14mm 16mm 18mm}
@media print{
  body{margin:0;max-width:none;padding:0;font-size:10pt}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  thead{display:table-header-group}
  tr,.verdict{break-inside:avoid}
  h1,h2,h3{break-after:avoid}
  section.file~section.file{break-before:page}
  th,td{padding:3px 5px}
  table.findings td,table.flags td{white-space:normal}
  table.findings,table.flags{table-layout:fixed}
  table.findings th:nth-child(1){width:13%}table.findings th:nth-child(2){width:9%}table.findings th:nth-child(3){width:21%}table.findings th:nth-child(5){width:15%}
  table.flags th:nth-child(1){width:14%}table.flags th:nth-child(2){width:9%}table.flags th:nth-child(3){width:30%}
  table.findings td,table.flags td{overflow-wrap:break-word}
  table.findings,table.flags{font-size:9pt}
}
`;
