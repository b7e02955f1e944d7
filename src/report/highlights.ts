/**
 * Highlighted text: the article's text with every record wrapped in an element, built from the
 * sorted boundaries of all the records so that overlapping ones nest correctly.
 *
 * Nested ranges (a city inside an event, a number inside a claim) become nested elements. Ranges
 * that overlap without one holding the other cannot both be single elements, so the one that
 * started later is closed where the earlier one ends and opened again right after: it is drawn
 * in pieces, every piece carrying the same attributes (and so the same record id), and the
 * pieces' text joined is the record's text.
 */
import { escapeAttribute, escapeHtml } from './escape.js';

/** One range to highlight. */
export interface Highlight {
  /** First UTF-16 code unit, as in the records. */
  start: number;
  /** One past the last code unit. */
  end: number;
  /**
   * Which of several ranges with the same start and end goes outside: the lower rank. Longer
   * ranges always go outside shorter ones that start at the same place.
   */
  rank: number;
  /** The element to draw it with. */
  tag: 'mark' | 'span';
  /** Class names, space-separated. */
  className: string;
  /** Attributes written on every piece, in this order; values are escaped here. */
  attributes: readonly (readonly [name: string, value: string])[];
}

/** One step of the layout: open a highlight's element, close it, or write a stretch of text. */
export type LayoutStep =
  | { type: 'open'; index: number; piece: number }
  | { type: 'close'; index: number }
  | { type: 'text'; start: number; end: number };

/** A highlight's range, clamped into the text and made non-negative in length. */
function clampRange(highlight: Highlight, length: number): { start: number; end: number } {
  const start = Math.min(Math.max(0, Math.trunc(highlight.start) || 0), length);
  const end = Math.min(Math.max(start, Math.trunc(highlight.end) || 0), length);
  return { start, end };
}

/**
 * The elements to open and close and the text between them, in document order: a well-nested
 * sequence in which every highlight's text pieces, joined, are exactly `text.slice(start, end)`.
 * Ranges are clamped into the text; an empty range is opened and closed at its place.
 *
 * @param length - The text's length in UTF-16 code units.
 * @param highlights - The ranges, in any order; a step names a range by its index here.
 */
export function layoutHighlights(length: number, highlights: readonly Highlight[]): LayoutStep[] {
  const ranges = highlights.map((highlight) => clampRange(highlight, length));
  // Outer before inner: earlier start, then later end, then lower rank, then input order.
  const order = ranges
    .map((_, index) => index)
    .sort((a, b) => {
      const [ra, rb] = [ranges[a]!, ranges[b]!];
      return ra.start - rb.start || rb.end - ra.end || highlights[a]!.rank - highlights[b]!.rank || a - b;
    });

  const startingAt = new Map<number, number[]>();
  const emptyAt = new Map<number, number[]>();
  const points = new Set<number>([0, length]);
  for (const index of order) {
    const { start, end } = ranges[index]!;
    const byPoint = start === end ? emptyAt : startingAt;
    const list = byPoint.get(start);
    if (list) list.push(index);
    else byPoint.set(start, [index]);
    points.add(start).add(end);
  }
  const sorted = [...points].sort((a, b) => a - b);

  const steps: LayoutStep[] = [];
  const pieces = new Map<number, number>();
  // The open elements, outermost first. It is always ordered as `order` is: ranges still open
  // keep their order, and ranges starting here start after every open one, so they go last.
  let open: number[] = [];
  for (const [position, at] of sorted.entries()) {
    const still = open.filter((index) => ranges[index]!.end > at);
    // Everything above the first range that ends here must be closed too; those still going on
    // are opened again at once, as the next piece of the same highlight.
    let keep = 0;
    while (keep < still.length && open[keep] === still[keep]) keep += 1;
    for (let depth = open.length - 1; depth >= keep; depth -= 1) steps.push({ type: 'close', index: open[depth]! });
    for (const index of emptyAt.get(at) ?? []) {
      steps.push({ type: 'open', index, piece: 0 }, { type: 'close', index });
      pieces.set(index, 1);
    }
    const next = [...still, ...(startingAt.get(at) ?? [])];
    for (const index of next.slice(keep)) {
      const piece = pieces.get(index) ?? 0;
      pieces.set(index, piece + 1);
      steps.push({ type: 'open', index, piece });
    }
    open = next;
    const end = sorted[position + 1];
    if (end !== undefined && end > at) steps.push({ type: 'text', start: at, end });
  }
  return steps;
}

/** The highlighted text as HTML, and each highlight's text as drawn (its pieces joined). */
export interface RenderedHighlights {
  html: string;
  /** `drawn[i]` is the text inside highlight `i`'s elements; it equals `text.slice(start, end)`. */
  drawn: string[];
  /** How many elements each highlight took: more than one where it overlaps another. */
  pieces: number[];
}

/**
 * Writes `text` as HTML with every highlight wrapped in its element (see {@link layoutHighlights}).
 * A highlight drawn in several pieces gets the class `split` and `data-piece="k/n"` on each piece.
 * All text and attribute values are escaped.
 */
export function renderHighlights(text: string, highlights: readonly Highlight[]): RenderedHighlights {
  const steps = layoutHighlights(text.length, highlights);
  const pieces = highlights.map(() => 0);
  for (const step of steps) if (step.type === 'open') pieces[step.index] = step.piece + 1;

  const drawn = highlights.map(() => '');
  const open: number[] = [];
  let html = '';
  for (const step of steps) {
    if (step.type === 'text') {
      const piece = text.slice(step.start, step.end);
      for (const index of open) drawn[index] += piece;
      html += escapeHtml(piece);
    } else if (step.type === 'open') {
      open.push(step.index);
      html += openTag(highlights[step.index]!, step.piece, pieces[step.index]!);
    } else {
      open.pop();
      html += `</${highlights[step.index]!.tag}>`;
    }
  }
  return { html, drawn, pieces };
}

function openTag(highlight: Highlight, piece: number, count: number): string {
  const className = count > 1 ? `${highlight.className} split` : highlight.className;
  let tag = `<${highlight.tag} class="${escapeAttribute(className)}"`;
  for (const [name, value] of highlight.attributes) tag += ` ${name}="${escapeAttribute(value)}"`;
  if (count > 1) tag += ` data-piece="${piece + 1}/${count}"`;
  return `${tag}>`;
}
