// The HTML report's stylesheet, inline in the page. Verdict colours follow the terminal's.

export const GRADE_HTML_STYLE = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; background: #fff; }
h1 { font-size: 1.5em; } h2 { font-size: 1.25em; margin-top: 1.5em; } small { color: #666; font-weight: normal; }
.numbers { display: flex; gap: 2em; } .numbers dt { color: #666; } .numbers dd { margin: 0; font-size: 1.4em; }
.verdicts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1em; }
.scroll { overflow-x: auto; }
table.matrix { border-collapse: collapse; font-size: 12px; }
.matrix th, .matrix td { border: 1px solid #ddd; padding: 2px 5px; text-align: center; }
.matrix th.student { text-align: left; white-space: nowrap; font-weight: 600; }
.matrix td.num { text-align: right; } .matrix td.worst { background: #f8c9c4; font-weight: 700; }
.verdict, .cell { font-weight: 600; }
.v-AC { background: #d8f3dc; color: #1b5e20; }
.v-WA, .v-PE { background: #fde2e1; color: #b71c1c; }
.v-TLE, .v-MLE, .v-OLE { background: #fff3cd; color: #7a5300; }
.v-RE { background: #eadcf8; color: #5b2a86; }
.v-CE { background: #f5c2c0; color: #7f0000; }
.v-JE { background: #333; color: #fff; }
.v-MISSING, .v-AMBIGUOUS, .v-EMPTY, .v-BINARY, .v-UNKNOWN_LANGUAGE, .v-NOT_A_PROGRAM, .v-NOT_GRADED, .none { background: #eee; color: #555; }
.identical { color: #b71c1c; }
.chart text { font-size: 10px; fill: #333; } .chart .axis { fill: #666; }
.chart .bar { fill: #4a7bd0; } .chart .slowest { fill: #b9cdf0; } .chart .median { fill: #4a7bd0; }
.chart .limit { stroke: #d32f2f; stroke-width: 2; } .chart .limit-label { fill: #d32f2f; }
.note { color: #444; } footer { margin-top: 2em; color: #888; font-size: 12px; }
`;
