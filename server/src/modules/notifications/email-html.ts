const URL_IN_TEXT = /https?:\/\/[^\s<>"]+/g;
// Sentence punctuation right after a link belongs to the sentence, not to the URL.
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The http(s) links in `text`, where they start and without trailing sentence punctuation. */
export function linksIn(text: string): { url: string; index: number }[] {
  return [...text.matchAll(URL_IN_TEXT)].map((match) => ({ url: match[0].replace(TRAILING_PUNCTUATION, ''), index: match.index }));
}

/** One line of plain text as HTML: everything escaped, http(s) links made clickable. */
function lineToHtml(line: string): string {
  let html = '';
  let from = 0;
  for (const { url, index } of linksIn(line)) {
    html += escapeHtml(line.slice(from, index)) + `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    from = index + url.length;
  }
  return html + escapeHtml(line.slice(from));
}

/**
 * The HTML alternative of a plain-text e-mail: paragraphs at blank lines, line breaks kept.
 * Built from the rendered text, so variable values are escaped like everything else.
 */
export function textToHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => `<p>${paragraph.split('\n').map(lineToHtml).join('<br>\n')}</p>`);
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8"></head>',
    '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #1f2937;">',
    ...paragraphs,
    '</body></html>',
  ].join('\n');
}
