/** The report's stylesheet, inlined into the page. */
export const reportStyle = `
:root {
  --entity: #1d4ed8; --entity-bg: #dbeafe; --entity-bg-on: #93c5fd;
  --date: #15803d; --date-bg: #dcfce7; --date-bg-on: #86efac;
  --claim: #c2410c; --claim-bg: #ffedd5; --claim-bg-on: #fdba74;
  --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --paper: #ffffff; --page: #f3f4f6;
  color-scheme: light;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
.page-head { padding: 16px 24px 12px; background: var(--paper); border-bottom: 1px solid var(--line); }
.page-head h1 { margin: 0 0 4px; font-size: 20px; }
.page-head p { margin: 0 0 10px; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 8px 22px; margin: 0; padding: 0; list-style: none; font-size: 13px; }
.legend li { display: flex; align-items: center; gap: 6px; }
.toc { margin: 10px 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 13px; }
main { padding: 16px 24px 40px; }
.article { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px 20px; margin: 0 0 24px; }
.article-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 16px; margin-bottom: 10px; }
.article-head h2 { margin: 0; font-size: 17px; }
.counts { margin: 0; color: var(--muted); font-size: 13px; }
.counts b { color: var(--ink); }
.warning { margin: 0 0 10px; padding: 6px 10px; border-radius: 6px; background: #fef2f2; color: #991b1b; border: 1px solid #fecaca; }
.article-body { display: grid; gap: 20px; grid-template-columns: minmax(0, 1fr); grid-template-areas: "text" "tables"; }
@media (min-width: 1000px) {
  .article-body { grid-template-columns: minmax(0, 0.85fr) minmax(0, 1.15fr); grid-template-areas: "tables text"; }
  .tables { position: sticky; top: 12px; align-self: start; max-height: calc(100vh - 24px); overflow: auto; }
}
.text { grid-area: text; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 18px; line-height: 2.1;
  font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "DejaVu Sans", "Segoe UI", Tahoma, sans-serif;
  text-align: start; }
.tables { grid-area: tables; }
.text .hl { color: inherit; border-radius: 3px; padding: 0.18em 0 0.28em; -webkit-box-decoration-break: clone; box-decoration-break: clone; cursor: help; }
.text .hl .hl { padding: 0.06em 0 0.12em; }
.text .hl .hl .hl { padding: 0; }
.hl-entity { background: var(--entity-bg); border-bottom: 2px solid var(--entity); }
.hl-date { background: var(--date-bg); border-bottom: 2px solid var(--date); }
.hl-claim { background: var(--claim-bg); outline: 1.5px solid var(--claim); outline-offset: 0; border-bottom: 2px solid var(--claim); }
.hl.split { border-bottom-style: dashed; }
.part-number { font-weight: 700; }
.part-subject { text-decoration: underline dotted var(--claim) 1.5px; text-underline-offset: 0.35em; }
.part-unit { text-decoration: underline double var(--claim); text-underline-offset: 0.35em; }
.hl-entity.active { background: var(--entity-bg-on); }
.hl-date.active { background: var(--date-bg-on); }
.hl-claim.active { background: var(--claim-bg-on); }
.hl.active { outline: 2px solid var(--ink); outline-offset: 1px; }
.hl.flash { animation: flash 1.2s ease-out 2; }
@keyframes flash { 50% { outline: 3px solid #f59e0b; outline-offset: 3px; } }
.records h3 { margin: 14px 0 6px; font-size: 14px; display: flex; align-items: center; gap: 8px; }
.records:first-child h3 { margin-top: 0; }
.records-claim h3::before, .records-date h3::before, .records-entity h3::before { content: ""; width: 12px; height: 12px; border-radius: 3px; }
.records-claim h3::before { background: var(--claim-bg); border: 2px solid var(--claim); }
.records-date h3::before { background: var(--date-bg); border: 2px solid var(--date); }
.records-entity h3::before { background: var(--entity-bg); border: 2px solid var(--entity); }
.count { font-weight: 400; color: var(--muted); }
.none { margin: 0 0 6px; color: var(--muted); font-size: 13px; }
table { width: 100%; border-collapse: collapse; font-size: 12.5px; }
th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 1px solid var(--line); padding: 3px 6px; white-space: nowrap; }
td { border-bottom: 1px solid var(--line); padding: 3px 6px; vertical-align: top; }
td.ar { text-align: right; font-size: 14px; font-family: "Noto Naskh Arabic", "DejaVu Sans", Tahoma, sans-serif; }
td small { color: var(--muted); }
td.rid { color: var(--muted); font-variant-numeric: tabular-nums; }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
td .gid { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 11px; overflow-wrap: anywhere; }
tr[data-row] { cursor: pointer; }
tr[data-row]:hover, tr[data-row]:focus, tr[data-row].active { background: #f9fafb; outline: none; }
.row-claim.active { background: var(--claim-bg); }
.row-date.active { background: var(--date-bg); }
.row-entity.active { background: var(--entity-bg); }
tr.mismatch td { color: #991b1b; }
.cards { display: none; }
.tip { position: fixed; z-index: 10; max-width: 380px; min-width: 240px; background: var(--paper); border: 1px solid #d1d5db;
  border-radius: 8px; box-shadow: 0 8px 24px rgba(0, 0, 0, 0.16); padding: 4px 0; font-size: 12.5px; pointer-events: none; direction: ltr; }
.card { padding: 6px 10px; }
.card + .card { border-top: 1px solid var(--line); }
.card-head { display: flex; align-items: center; gap: 8px; }
.chip { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; }
.card-entity .chip { background: var(--entity-bg); color: var(--entity); }
.card-date .chip { background: var(--date-bg); color: var(--date); }
.card-claim .chip { background: var(--claim-bg); color: var(--claim); }
.card-head .rid { margin-left: auto; color: var(--muted); }
.card-text { margin: 4px 0; font-size: 16px; text-align: right; }
.card dl { display: grid; grid-template-columns: max-content 1fr; gap: 1px 10px; margin: 0; }
.card dt { color: var(--muted); }
.card dd { margin: 0; }
`;
