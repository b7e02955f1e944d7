/**
 * HTML escaping for the report. Everything that comes from an article or a record goes through
 * these two functions; nothing else is ever written into the page unescaped.
 */

// A carriage return would be folded into a line feed by the HTML parser, so it is written as a
// character reference. NUL and lone surrogates cannot survive an HTML page (the parser drops NUL,
// UTF-8 cannot hold a lone surrogate): both become U+FFFD, one code unit for one, as a browser
// would show them anyway.
const textSpecial = /[&<>"'\r\0]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const attributeSpecial = /[&<>"'\r\n\t\0]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const references: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

function replace(character: string): string {
  return references[character] ?? '\uFFFD';
}

/**
 * Escapes text for an HTML text node: `& < > " '` become character references, and a carriage
 * return becomes `&#13;` so that the parsed text keeps it. NUL and lone surrogates, which no HTML
 * page can carry, become U+FFFD. The result parses back to the same number of UTF-16 code units.
 */
export function escapeHtml(text: string): string {
  return text.replace(textSpecial, replace);
}

/**
 * Escapes text for a double-quoted attribute value: as {@link escapeHtml}, and line breaks and
 * tabs are written as character references too, so a multi-line `title` stays one line of markup.
 */
export function escapeAttribute(text: string): string {
  return text.replace(attributeSpecial, replace);
}
