import { useEffect } from 'react';
import { useT } from '../../../lib/i18n';
import { pageMarginCss } from '../lib/page-margin-css';

/**
 * The printed report's running header and page numbers, in the reader's language. The rule is
 * adopted by the document only while the report is shown, so no other page prints with it; it
 * is a constructed style sheet because the content security policy refuses inline styles.
 */
export function PrintPageMargins({ header }: { header: string }) {
  const t = useT();
  const css = pageMarginCss(header, t('compareReport.pageNumber'));
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [css]);
  return null;
}
