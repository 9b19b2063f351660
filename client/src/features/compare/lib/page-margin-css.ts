// CSS for a printed report's page margins: a running header and page numbers in @page margin
// boxes, whose text cannot come from the document, so it is written into the rule itself.

/** A CSS string literal holding `text`. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

/** A `content` value from a template with `{page}` and `{pages}`: "Page {page} of {pages}". */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

export function pageMarginCss(header: string, pageTemplate: string): string {
  const box = 'font-family: system-ui, sans-serif; font-size: 8pt; color: #444;';
  return (
    `@page { @top-left { content: ${cssString(header)}; ${box} } ` +
    `@bottom-right { content: ${pageCounterContent(pageTemplate)}; ${box} } }`
  );
}
