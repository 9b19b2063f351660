import { useId } from 'react';
import { useT } from '../../../lib/i18n';
import { assessmentTemplateCsvUrl } from '../api/assessment-template-csv';
import '../exports.css';

/** The mission's assessments file to fill in, in Excel or any spreadsheet, and import. */
export function TemplateCsvLink({ missionId }: { missionId: number }) {
  const t = useT();
  const hintId = useId();
  return (
    <div className="export-links">
      <a className="button button--small" href={assessmentTemplateCsvUrl(missionId)} download aria-describedby={hintId}>
        <span aria-hidden="true">⤓</span> {t('exports.template')}
      </a>
      <p className="export-links__hint" id={hintId}>
        {t('exports.templateHint')}
      </p>
    </div>
  );
}
