import type { ReactNode } from 'react';
import { useT } from '../../../lib/i18n';

/**
 * Prints the page with the report narrowed to the paper's width first: the charts measure their
 * box and redraw at that width, so the printed text is not scaled down. The class goes when the
 * print dialog closes.
 */
export function printReport() {
  const root = document.documentElement;
  root.classList.add('printing-report');
  const restore = () => {
    root.classList.remove('printing-report');
    window.removeEventListener('afterprint', restore);
  };
  window.addEventListener('afterprint', restore);
  // One frame to lay out at the new width, a short wait for the charts to redraw, then print.
  requestAnimationFrame(() => window.setTimeout(() => window.print(), 120));
}

/** Export and print, plus whatever else the page offers (freezing); none of it is printed. */
export function ReportActions({ csvUrl, children }: { csvUrl?: string; children?: ReactNode }) {
  const t = useT();
  return (
    <div className="report-actions" role="group" aria-label={t('compareReport.actions')}>
      {csvUrl ? (
        <a className="button" href={csvUrl} download>
          {t('compareReport.exportCsv')}
        </a>
      ) : null}
      <button type="button" className="button" onClick={printReport}>
        {t('compareReport.print')}
      </button>
      {children}
    </div>
  );
}
