import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, type Claim, type DateMention, type Entity, type Extraction } from '../src/index.js';
import { escapeAttribute, escapeHtml } from '../src/report/escape.js';
import { layoutHighlights, renderHighlights, type Highlight } from '../src/report/highlights.js';
import { renderReport } from '../src/report/index.js';
import { seedArticles } from './helpers/fixtures.js';

// ---------------------------------------------------------------------------------------------
// A reader for the report's own markup, by regular expressions: it finds each article's text
// container, walks its tags (only <mark> and <span> may occur there) and collects, for every
// highlight group (every data-record), its attributes, its pieces and its text joined.
// ---------------------------------------------------------------------------------------------

interface Group {
  kind: string;
  start: number;
  end: number;
  title: string;
  text: string;
  pieces: number;
  classes: string[];
}

interface ArticleMarkup {
  id: string;
  /** The article's text as a browser would read it. */
  text: string;
  groups: Map<string, Group>;
  /** Text inside each claim part, by "c1/number" etc. */
  parts: Map<string, string>;
  rows: string[];
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return named[name] ?? whole;
  });
}

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(/([a-z-]+)="([^"]*)"/g)) attributes.set(match[1]!, decode(match[2]!));
  return attributes;
}

function readArticles(html: string): ArticleMarkup[] {
  const articles: ArticleMarkup[] = [];
  for (const article of html.matchAll(/<article\b([^>]*)>([\s\S]*?)<\/article>/g)) {
    const id = attributesOf(article[1]!).get('id') ?? '';
    const container = /<div class="text" lang="ar" dir="rtl">([\s\S]*?)<\/div>/.exec(article[2]!);
    if (!container) throw new Error(`${id}: no text container`);
    const groups = new Map<string, Group>();
    const parts = new Map<string, string>();
    const open: { tag: string; record?: string; part?: string }[] = [];
    let text = '';
    for (const token of container[1]!.matchAll(/<(\/?)([a-z]+)([^>]*)>|([^<]+)/g)) {
      const [, closing, tag, attributeSource, raw] = token;
      if (raw !== undefined) {
        const piece = decode(raw);
        text += piece;
        for (const element of open) {
          if (element.record !== undefined) groups.get(element.record)!.text += piece;
          if (element.part !== undefined) parts.set(element.part, (parts.get(element.part) ?? '') + piece);
        }
        continue;
      }
      if (tag !== 'mark' && tag !== 'span') throw new Error(`${id}: unexpected <${tag}> in the text`);
      if (closing) {
        const top = open.pop();
        if (top?.tag !== tag) throw new Error(`${id}: </${tag}> closes <${top?.tag ?? 'nothing'}>`);
        continue;
      }
      const attributes = attributesOf(attributeSource!);
      const record = attributes.get('data-record');
      const part = attributes.get('data-part');
      if (record !== undefined) {
        const group = groups.get(record);
        const fields = {
          kind: attributes.get('data-kind') ?? '',
          start: Number(attributes.get('data-start')),
          end: Number(attributes.get('data-end')),
          title: attributes.get('title') ?? attributes.get('data-title') ?? '',
        };
        if (group) {
          expect({ kind: group.kind, start: group.start, end: group.end, title: group.title }, `${id}/${record}: pieces differ`).toEqual(fields);
          group.pieces += 1;
        } else groups.set(record, { ...fields, text: '', pieces: 1, classes: (attributes.get('class') ?? '').split(' ') });
      }
      open.push({ tag: tag!, ...(record === undefined ? {} : { record }), ...(part === undefined ? {} : { part: `${attributes.get('data-of')}/${part}` }) });
    }
    if (open.length > 0) throw new Error(`${id}: ${open.length} element(s) left open`);
    const rows = [...article[2]!.matchAll(/<tr\b[^>]*data-row="([^"]+)"/g)].map((match) => match[1]!);
    articles.push({ id, text, groups, parts, rows });
  }
  return articles;
}

/** The records the report should highlight, by the ids it gives them. */
function expectedRecords(result: Pick<Extraction, 'entities' | 'dates' | 'claims'>) {
  return [
    ...result.entities.map((record, index) => ({ id: `e${index + 1}`, kind: 'entity', record })),
    ...result.dates.map((record, index) => ({ id: `d${index + 1}`, kind: 'date', record })),
    ...result.claims.map((record, index) => ({ id: `c${index + 1}`, kind: 'claim', record })),
  ];
}

/** Every record has exactly one highlight group, at its span, and the group's text is its text. */
function expectExactHighlights(markup: ArticleMarkup, input: string, result: Pick<Extraction, 'entities' | 'dates' | 'claims'>): void {
  const expected = expectedRecords(result);
  expect([...markup.groups.keys()].sort()).toEqual(expected.map((entry) => entry.id).sort());
  expect(markup.text).toBe(input);
  for (const { id, kind, record } of expected) {
    const group = markup.groups.get(id)!;
    expect({ kind: group.kind, start: group.start, end: group.end }, id).toEqual({ kind, start: record.start, end: record.end });
    expect(group.text, `${id} text`).toBe(record.text);
    expect(group.classes.includes('split'), `${id} split class`).toBe(group.pieces > 1);
  }
}

// ---------------------------------------------------------------------------------------------

/** An extraction with only the records the report draws. */
function fakeExtraction(records: { entities?: Entity[]; dates?: DateMention[]; claims?: Claim[] }): Extraction {
  return {
    language: { code: 'und', script: 'other' },
    sentences: [],
    tokens: [],
    numbers: [],
    entities: records.entities ?? [],
    dates: records.dates ?? [],
    claims: records.claims ?? [],
  };
}

function entityAt(text: string, start: number, end: number, id = 'x:test'): Entity {
  return { text: text.slice(start, end), start, end, type: 'LOC', subtype: 'city', id, name: { ar: text.slice(start, end), en: 'Test' }, form: 'name' };
}

function dateAt(text: string, start: number, end: number): DateMention {
  return {
    text: text.slice(start, end),
    start,
    end,
    calendar: 'gregorian',
    granularity: 'year',
    from: '2022-01-01',
    to: '2022-12-31',
    relative: false,
    parts: { year: 2022 },
  };
}

function claimAt(text: string, start: number, end: number, numberEnd: number): Claim {
  return {
    text: text.slice(start, end),
    start,
    end,
    kind: 'count',
    value: 16,
    qualifier: 'exact',
    number: { text: text.slice(start, numberEnd), start, end: numberEnd },
    subject: { text: text.slice(numberEnd + 1, end), start: numberEnd + 1, end, en: 'countries', category: 'places/countries' },
  };
}

describe('renderReport on the seed articles', () => {
  const articles = seedArticles();
  const inputs = articles.map((article) => ({
    name: article.name,
    text: article.text,
    title: article.name,
    result: extract(article.text, { referenceDate: article.referenceDate }),
  }));
  const html = renderReport(inputs);
  const markup = readArticles(html);

  it('is one self-contained page with an RTL text container per article', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(markup).toHaveLength(inputs.length);
    expect(html.match(/<div class="text" lang="ar" dir="rtl">/g)).toHaveLength(inputs.length);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html.match(/<style\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/<link\b|<img\b|<iframe\b|\bsrc=|@import|url\(|https?:\/\//i);
    expect(html).toContain('document.body');
  });

  for (const [index, input] of inputs.entries()) {
    it(`${input.name}: one highlight group per record, its text joined equal to the record's text`, () => {
      const article = markup[index]!;
      expect(article.id).toBe(`article-${index + 1}`);
      expectExactHighlights(article, input.text, input.result);
      const { entities, dates, claims } = input.result;
      expect(entities.length + dates.length + claims.length).toBeGreaterThan(0);
      // Each claim's number and subject are marked inside it.
      for (const [position, claim] of claims.entries()) {
        expect(article.parts.get(`c${position + 1}/number`)).toBe(claim.number.text);
        expect(article.parts.get(`c${position + 1}/subject`)).toBe(claim.subject?.text);
      }
      // A table row for every record.
      expect(article.rows.sort()).toEqual(expectedRecords(input.result).map((entry) => entry.id).sort());
    });
  }

  it('puts the record on each highlight: entity, date and claim fields in the title and the card', () => {
    const index = inputs.findIndex((input) => input.result.claims.length > 0 && input.result.dates.length > 0);
    const { result } = inputs[index]!;
    const article = markup[index]!;
    const entity = result.entities[0]!;
    const entityTitle = article.groups.get('e1')!.title;
    for (const value of [entity.type, entity.id, entity.form, entity.name.en ?? '—']) expect(entityTitle).toContain(value);
    const date = result.dates[0]!;
    const dateTitle = article.groups.get('d1')!.title;
    for (const value of [date.granularity, date.calendar, date.from ?? '?', `relative: ${date.relative ? 'yes' : 'no'}`]) expect(dateTitle).toContain(value);
    const claim = result.claims[0]!;
    const claimTitle = article.groups.get('c1')!.title;
    for (const value of [claim.kind, claim.qualifier, claim.subject!.text, claim.subject!.en!]) expect(claimTitle).toContain(value);
    expect(html).toContain(`<template data-card="c1">`);
  });

  it('draws fixture 001 as the gold file says: the 6000 claim, its number and its subject', () => {
    const index = inputs.findIndex((input) => input.name === '001_6d43d9a535c6ec82');
    const article = markup[index]!;
    const claim = [...article.groups.values()].find((group) => group.kind === 'claim' && group.text.startsWith('6000'));
    expect(claim?.text).toBe('6000 ست الاف رجل امن');
    expect(claim?.title).toContain('security officers');
  });
});

describe('renderReport with overlapping records', () => {
  //            0         1         2
  //            0123456789012345678901234567
  const text = 'alpha beta gamma delta omega';

  it('splits ranges that overlap without nesting, each piece carrying the record id', () => {
    // e1 "beta gamma" [6,16) crosses d1 "gamma delta" [11,22); c1 "alpha beta" [0,10) crosses e1 too.
    const result = fakeExtraction({
      entities: [entityAt(text, 6, 16)],
      dates: [dateAt(text, 11, 22)],
      claims: [claimAt(text, 0, 10, 5)],
    });
    const html = renderReport([{ text, result }]);
    const [article] = readArticles(html);
    expectExactHighlights(article!, text, result);
    expect(article!.groups.get('e1')!.pieces).toBe(2);
    expect(article!.groups.get('d1')!.pieces).toBe(2);
    expect(article!.groups.get('c1')!.pieces).toBe(1);
    expect(html).toMatch(/data-record="e1"[^>]*data-piece="1\/2"/);
    expect(html).toMatch(/data-record="e1"[^>]*data-piece="2\/2"/);
    expect(article!.parts.get('c1/number')).toBe('alpha');
    expect(article!.parts.get('c1/subject')).toBe('beta');
  });

  it('nests contained ranges and keeps identical ranges as separate groups', () => {
    const result = fakeExtraction({
      entities: [entityAt(text, 6, 10), entityAt(text, 0, 28, 'x:all')],
      dates: [dateAt(text, 6, 10)],
      claims: [claimAt(text, 6, 16, 10)],
    });
    const html = renderReport([{ text, result }]);
    const [article] = readArticles(html);
    expectExactHighlights(article!, text, result);
    for (const group of article!.groups.values()) expect(group.pieces).toBe(1);
    // Same span: the claim outside the date, the date outside the entity.
    expect(html).toMatch(/data-record="c1"[^>]*>(<[^>]*>)*<mark[^>]*data-record="d1"[^>]*><mark[^>]*data-record="e1"/);
  });

  it('lays out any set of ranges well nested, every range exact (property)', () => {
    const arbitraryText = fc.string({ unit: fc.constantFrom('a', 'ب', ' ', '<', '&', '"', "'", '\n', '\r'), minLength: 0, maxLength: 40 });
    fc.assert(
      fc.property(
        arbitraryText.chain((value) =>
          fc.tuple(
            fc.constant(value),
            fc.array(
              fc.tuple(fc.nat(value.length), fc.nat(value.length), fc.nat(3)).map(([a, b, rank]) => ({ start: Math.min(a, b), end: Math.max(a, b), rank })),
              { maxLength: 12 },
            ),
          ),
        ),
        ([value, ranges]) => {
          const highlights: Highlight[] = ranges.map((range, index) => ({
            ...range,
            tag: index % 3 === 0 ? 'span' : 'mark',
            className: 'hl',
            attributes: [['data-record', `r${index}`]],
          }));
          const { html, drawn } = renderHighlights(value, highlights);
          ranges.forEach((range, index) => expect(drawn[index]).toBe(value.slice(range.start, range.end)));
          // Read it back the way a browser would.
          const page = `<article id="a"><div class="text" lang="ar" dir="rtl">${html}</div></article>`;
          const markup = readArticles(page.replace(/<(mark|span) class="hl([^"]*)" data-record="(r\d+)"/g, '<$1 class="hl$2" data-kind="x" data-record="$3" data-start="0" data-end="0"'));
          expect(markup[0]!.text).toBe(value);
          ranges.forEach((range, index) => expect(markup[0]!.groups.get(`r${index}`)?.text ?? '').toBe(value.slice(range.start, range.end)));
          // Steps are balanced and every range is opened at least once.
          const steps = layoutHighlights(value.length, highlights);
          const opened = new Set(steps.filter((step) => step.type === 'open').map((step) => step.index));
          expect(opened.size).toBe(ranges.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('renderReport escapes everything it writes', () => {
  it('escapes a <script> in the text and markup in titles, names and ids', () => {
    const text = 'قال <script>alert("x&y")</script> إن \'16 دولة\' شاركت في الرباط <b>';
    const result = extract(text, {
      gazetteer: [{ id: 'org:"><img src=x onerror=alert(1)>', type: 'ORG', name: { ar: 'الرباط', en: '<i>"Rabat" & \'co\'</i>' } }],
    });
    expect(result.entities.some((entity) => entity.id.startsWith('org:"'))).toBe(true);
    const html = renderReport([{ text, result, title: '<b>"T" & \'x\'</b>' }]);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toMatch(/<img\b|<i>"Rabat"|<b>"T"/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;&quot;T&quot; &amp; &#39;x&#39;&lt;/b&gt;');
    expect(html).toContain('org:&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    const [article] = readArticles(html);
    expectExactHighlights(article!, text, result);
  });

  it('escapes & < > " \' and keeps carriage returns', () => {
    expect(escapeHtml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
    expect(escapeHtml('x\r\ny')).toBe('x&#13;\ny');
    expect(escapeAttribute('x\r\n\ty')).toBe('x&#13;&#10;&#9;y');
    expect(escapeHtml('\ud800x\udc00\0')).toBe('\ufffdx\ufffd\ufffd');
    expect(escapeHtml('😀')).toBe('😀');
  });

  it('flags a record whose span does not hold its text, and still draws it by its span', () => {
    const text = 'alpha beta gamma';
    const wrong = { ...entityAt(text, 6, 10), text: 'other' };
    const html = renderReport([{ text, result: fakeExtraction({ entities: [wrong] }) }]);
    expect(html).toContain('data-mismatches="e1"');
    expect(readArticles(html)[0]!.groups.get('e1')!.text).toBe('beta');
  });
});
