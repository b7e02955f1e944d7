/**
 * An HTML report of what `extract()` found: each article's text, right to left, with its
 * entities, dates and claims highlighted, and tables of the records beside it.
 */
import type { Extraction } from '../schema/index.js';
import { renderPage } from './page.js';

export type { ReportArticle } from './page.js';

/**
 * Renders articles and their extraction results as one self-contained HTML page (inline CSS and
 * a small inline script, no external resources).
 *
 * Each article's text is shown right-to-left (`lang="ar" dir="rtl"`) with every entity, date and
 * claim highlighted as a `<mark>` carrying `data-kind` (`entity`, `date` or `claim`),
 * `data-record` (`e1`…, `d1`…, `c1`… in text order, unique within its article), `data-start`,
 * `data-end` and a `title` that the script turns into a hover card. Nested records nest; records
 * that overlap without nesting are drawn in pieces (class `split`, `data-piece="k/n"`), every
 * piece with the same attributes, so the text of a record's pieces joined is always the record's
 * text. Beside the text (below it on narrow screens) are tables of the claims, dates and entities.
 * All text is HTML-escaped.
 *
 * @param articles - The texts with what `extract()` returned for each; `title` heads the section.
 * @returns The page, a complete HTML document.
 */
export function renderReport(articles: readonly { text: string; result: Extraction; title?: string }[]): string {
  return renderPage(articles);
}
