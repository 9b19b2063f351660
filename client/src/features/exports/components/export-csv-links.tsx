import { useId } from 'react';
import { assessmentsCsvUrl } from '../api/export-assessments-csv';
import '../exports.css';
import { useT } from '../../../lib/i18n';

interface ExportCsvLinksProps {
  /** Mission ids; none means every active mission. */
  missions?: readonly number[];
  /** First and last period, `2024Q1` or `2024-03`. */
  from?: string;
  to?: string;
  /** Says what each format is, under the links. */
  showHint?: boolean;
}

/** Downloads the assessments in view as CSV: wide (one row per assessment) or long (one row per value). */
export function ExportCsvLinks({ missions, from, to, showHint = false }: ExportCsvLinksProps) {
  const hintId = useId();
  const t = useT();
  const describedBy = showHint ? hintId : undefined;
  return (
    <div className="export-links">
      <div className="export-links__buttons">
        <a
          className="button button--small"
          href={assessmentsCsvUrl({ missions, from, to, format: 'wide' })}
          download
          aria-describedby={describedBy}
        >
          <span aria-hidden="true">⤓</span> {t('exports.wide')}
        </a>
        <a
          className="button button--small"
          href={assessmentsCsvUrl({ missions, from, to, format: 'long' })}
          download
          aria-describedby={describedBy}
        >
          <span aria-hidden="true">⤓</span> {t('exports.long')}
        </a>
      </div>
      {showHint ? (
        <p className="export-links__hint" id={hintId}>
          {t('exports.hint')}
        </p>
      ) : null}
    </div>
  );
}
