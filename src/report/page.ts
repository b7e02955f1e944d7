/**
 * The page: one section per article (its text with the highlights, the tables beside it, the
 * hover cards as templates), a legend, the inline stylesheet and script.
 */
import type { Extraction } from '../schema/index.js';
import { escapeAttribute, escapeHtml } from './escape.js';
import { renderHighlights, type Highlight } from './highlights.js';
import { recordTitle, recordViews, type RecordKind, type RecordView } from './records.js';
import { reportScript } from './script.js';
import { reportStyle } from './style.js';
import { claimsTable, datesTable, entitiesTable } from './tables.js';

/** One article of the report. */
export interface ReportArticle {
  /** The text the records point into. */
  text: string;
  /** What `extract(text)` returned for it. */
  result: Extraction;
  /** A heading; "Article N" when absent. */
  title?: string;
}

// Where two records cover the same stretch, a claim goes outside a date, a date outside an entity,
// and a claim's own parts innermost.
const rank: Record<RecordKind | 'part', number> = { claim: 0, date: 1, entity: 2, part: 3 };

function recordHighlight(view: RecordView, entityType?: string): Highlight {
  const attributes: [string, string][] = [
    ['data-kind', view.kind],
    ['data-record', view.id],
    ['data-start', String(view.start)],
    ['data-end', String(view.end)],
  ];
  if (entityType !== undefined) attributes.push(['data-type', entityType]);
  attributes.push(['title', recordTitle(view)]);
  return { start: view.start, end: view.end, rank: rank[view.kind], tag: 'mark', className: `hl hl-${view.kind}`, attributes };
}

function partHighlight(part: 'number' | 'subject' | 'unit', of: string, span: { start: number; end: number }): Highlight {
  return {
    start: span.start,
    end: span.end,
    rank: rank.part,
    tag: 'span',
    className: `part part-${part}`,
    attributes: [
      ['data-part', part],
      ['data-of', of],
    ],
  };
}

function card(view: RecordView): string {
  const fields = view.fields
    .map((field) => {
      const direction = field.arabic ? ' lang="ar" dir="rtl"' : '';
      return `<dt>${escapeHtml(field.label)}</dt><dd${direction}>${escapeHtml(field.value)}</dd>`;
    })
    .join('');
  return (
    `<template data-card="${escapeAttribute(view.id)}"><div class="card card-${view.kind}" data-card-of="${escapeAttribute(view.id)}">` +
    `<div class="card-head"><span class="chip">${view.kind}</span><span>${escapeHtml(view.heading)}</span><span class="rid">${escapeHtml(view.id)}</span></div>` +
    `<div class="card-text" lang="ar" dir="rtl">${escapeHtml(view.text)}</div><dl>${fields}</dl></div></template>`
  );
}

function plural(count: number, one: string, many: string): string {
  return `<b>${count}</b> ${count === 1 ? one : many}`;
}

/**
 * One article's section. Its id is `article-N` (N from 1); every highlight inside it is a `<mark>`
 * with `data-kind`, `data-record` (the record id: e1…, d1…, c1…), `data-start`, `data-end` and a
 * `title`; a claim's number, subject and unit are `<span data-part>` inside it.
 */
export function renderArticle(article: ReportArticle, index: number): string {
  const { text, result } = article;
  const views = recordViews(result);
  const highlights: Highlight[] = [];
  const owners: RecordView[] = [];
  views.entities.forEach((view, position) => {
    highlights.push(recordHighlight(view, result.entities[position]?.type));
    owners.push(view);
  });
  for (const view of [...views.dates, ...views.claims]) {
    highlights.push(recordHighlight(view));
    owners.push(view);
  }
  result.claims.forEach((claim, position) => {
    const id = `c${position + 1}`;
    highlights.push(partHighlight('number', id, claim.number));
    if (claim.subject !== null) highlights.push(partHighlight('subject', id, claim.subject));
    if (claim.unit !== undefined) highlights.push(partHighlight('unit', id, claim.unit));
  });

  const rendered = renderHighlights(text, highlights);
  // A record whose span does not hold its text (a result from another text, say) is still drawn
  // by its span, and flagged.
  const mismatches = new Set(owners.filter((view, position) => rendered.drawn[position] !== view.text).map((view) => view.id));

  const id = `article-${index + 1}`;
  const title = article.title ?? `Article ${index + 1}`;
  const counts =
    `${plural(views.claims.length, 'claim', 'claims')} · ${plural(views.dates.length, 'date', 'dates')} · ` +
    `${plural(views.entities.length, 'entity', 'entities')} · ${text.length.toLocaleString('en-US')} characters`;
  const warning =
    mismatches.size === 0
      ? ''
      : `<p class="warning" data-mismatches="${escapeAttribute([...mismatches].join(' '))}">` +
        `${mismatches.size} record(s) do not match the text at their span: ${escapeHtml([...mismatches].join(', '))}.</p>`;
  const allViews = [...views.claims, ...views.dates, ...views.entities];
  return (
    `<article class="article" id="${id}" data-article="${index + 1}">` +
    `<header class="article-head"><h2 dir="auto">${escapeHtml(title)}</h2><p class="counts">${counts}</p></header>${warning}` +
    `<div class="article-body"><div class="text" lang="ar" dir="rtl">${rendered.html}</div>` +
    `<aside class="tables">${claimsTable(result.claims, mismatches)}${datesTable(result.dates, mismatches)}${entitiesTable(result.entities, mismatches)}</aside></div>` +
    `<div class="cards">${allViews.map(card).join('')}</div></article>`
  );
}

const legend =
  '<ul class="legend">' +
  '<li><mark class="hl hl-entity">entity</mark> person, organisation, place, event</li>' +
  '<li><mark class="hl hl-date">date</mark> resolved to Gregorian days</li>' +
  '<li><mark class="hl hl-claim"><span class="part part-number">16</span> <span class="part part-subject">claim</span></mark> ' +
  'number (bold), counted subject (dotted), unit (double)</li>' +
  '<li><mark class="hl hl-date split">dashed</mark> a record drawn in pieces around an overlapping one</li>' +
  '<li>Hover a highlight for its record; click a table row to find it in the text.</li>' +
  '</ul>';

/** The whole page for the articles, self-contained: no external resources, inline CSS and script. */
export function renderPage(articles: readonly ReportArticle[]): string {
  const sections = articles.map(renderArticle).join('\n');
  const toc =
    articles.length > 1
      ? `<ul class="toc">${articles
          .map((article, index) => `<li><a href="#article-${index + 1}" dir="auto">${escapeHtml(article.title ?? `Article ${index + 1}`)}</a></li>`)
          .join('')}</ul>`
      : '';
  const total = articles.length === 1 ? '1 article' : `${articles.length} articles`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>khabar report</title>
<style>${reportStyle}</style>
</head>
<body>
<header class="page-head"><h1>khabar report</h1><p>${total} · entities, dates and numeric claims, each highlighted at its exact span</p>${legend}${toc}</header>
<main>
${sections}
</main>
<script>${reportScript}</script>
</body>
</html>
`;
}
