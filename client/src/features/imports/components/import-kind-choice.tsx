import { Fragment, type ReactNode } from 'react';
import { UCDP_GED_CITATION } from '@cpea/shared/ucdp';
import { useCatalogText, useT } from '../../../lib/i18n';
import type { ImportKind } from '../api/import-csv';

/**
 * A message with `{name}` placeholders filled by elements (a column name in `<code>`), so a
 * translation keeps its whole sentence and its own word order.
 */
function withElements(template: string, elements: Record<string, ReactNode>): ReactNode[] {
  return template
    .split(/\{(\w+)\}/)
    .map((part, i) => <Fragment key={i}>{i % 2 === 1 ? (elements[part] ?? `{${part}}`) : part}</Fragment>);
}

interface ImportKindChoiceProps {
  value: ImportKind;
  onChange: (kind: ImportKind) => void;
  disabled?: boolean;
}

/** The two importers, each with what it reads and what it writes. */
export function ImportKindChoice({ value, onChange, disabled = false }: ImportKindChoiceProps) {
  const t = useT();
  const catalog = useCatalogText();
  const gedMapping = [
    { from: t('importFlow.kinds.eachEvent'), to: catalog.indicators.violent_incidents.name },
    { from: t('importFlow.kinds.sumOf', { column: 'best' }), to: catalog.indicators.conflict_fatalities.name },
    {
      from: t('importFlow.kinds.sumOf', { column: 'deaths_civilians' }),
      to: catalog.indicators.civilian_casualties.name,
    },
  ];
  return (
    <fieldset className="import-kinds">
      <legend className="field__label">{t('importFlow.kinds.legend')}</legend>
      <div className="import-kinds__options">
        <div className={`import-kind${value === 'assessments' ? ' import-kind--chosen' : ''}`}>
          <label className="import-kind__label">
            <input
              type="radio"
              name="import-kind"
              value="assessments"
              checked={value === 'assessments'}
              disabled={disabled}
              onChange={() => onChange('assessments')}
              aria-describedby="import-kind-assessments-help"
            />
            {t('importFlow.kinds.assessments')}
          </label>
          <div className="import-kind__help" id="import-kind-assessments-help">
            <p>
              {withElements(t('importFlow.kinds.assessmentsHelp'), {
                download: <strong>{t('exports.wide')}</strong>,
                missionId: <code>mission_id</code>,
                period: <code>period</code>,
                updatedAt: <code>updated_at</code>,
              })}
            </p>
            <p>{t('importFlow.kinds.assessmentsLocked')}</p>
          </div>
        </div>
        <div className={`import-kind${value === 'ucdp-ged' ? ' import-kind--chosen' : ''}`}>
          <label className="import-kind__label">
            <input
              type="radio"
              name="import-kind"
              value="ucdp-ged"
              checked={value === 'ucdp-ged'}
              disabled={disabled}
              onChange={() => onChange('ucdp-ged')}
              aria-describedby="import-kind-ucdp-help"
            />
            {t('importFlow.kinds.ucdp')}
          </label>
          <div className="import-kind__help" id="import-kind-ucdp-help">
            <p>
              {withElements(t('importFlow.kinds.ucdpHelp'), {
                country: <code>country</code>,
                adm1: <code>adm_1</code>,
                dateStart: <code>date_start</code>,
              })}
            </p>
            <ul className="import-kind__mapping">
              {gedMapping.map((row) => (
                <li key={row.to}>
                  <span>{row.from}</span> <span aria-hidden="true">→</span>
                  <span className="visually-hidden">{t('importFlow.kinds.becomes')}</span> <strong>{row.to}</strong>
                </li>
              ))}
            </ul>
            <p>{t('importFlow.kinds.ucdpZeros')}</p>
            <p className="import-kind__citation">
              <cite>{UCDP_GED_CITATION}</cite>
            </p>
          </div>
        </div>
      </div>
    </fieldset>
  );
}
