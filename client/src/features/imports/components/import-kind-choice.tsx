import { getIndicator } from '@cpea/shared/catalog';
import { UCDP_GED_CITATION } from '@cpea/shared/ucdp';
import type { ImportKind } from '../api/import-csv';

const GED_MAPPING = [
  { from: 'each event', to: getIndicator('violent_incidents').name },
  { from: 'sum of best', to: getIndicator('conflict_fatalities').name },
  { from: 'sum of deaths_civilians', to: getIndicator('civilian_casualties').name },
];

interface ImportKindChoiceProps {
  value: ImportKind;
  onChange: (kind: ImportKind) => void;
  disabled?: boolean;
}

/** The two importers, each with what it reads and what it writes. */
export function ImportKindChoice({ value, onChange, disabled = false }: ImportKindChoiceProps) {
  return (
    <fieldset className="import-kinds">
      <legend className="field__label">Kind of file</legend>
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
            Assessments CSV (wide format)
          </label>
          <div className="import-kind__help" id="import-kind-assessments-help">
            <p>
              One row per assessment, as <strong>Download CSV (wide)</strong> writes it. <code>mission_id</code> and{' '}
              <code>period</code> say which assessment a row is: a new period creates a draft, an existing draft is
              updated. Scores, completeness, status and <code>updated_at</code> are worked out again and ignored.
            </p>
            <p>Submitted and approved assessments cannot change; an admin must reopen them first.</p>
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
            UCDP GED event CSV
          </label>
          <div className="import-kind__help" id="import-kind-ucdp-help">
            <p>
              Real conflict-event data, one row per event. Events are matched to every active mission by{' '}
              <code>country</code> (and <code>adm_1</code> when the mission names areas) and counted in the mission’s
              period (quarter or month) of <code>date_start</code>:
            </p>
            <ul className="import-kind__mapping">
              {GED_MAPPING.map((row) => (
                <li key={row.to}>
                  <span>{row.from}</span> <span aria-hidden="true">→</span>
                  <span className="visually-hidden">becomes</span> <strong>{row.to}</strong>
                </li>
              ))}
            </ul>
            <p>
              Within the span the file covers, a period without events gets zeros. Values are marked as coming from UCDP
              GED.
            </p>
            <p className="import-kind__citation">
              <cite>{UCDP_GED_CITATION}</cite>
            </p>
          </div>
        </div>
      </div>
    </fieldset>
  );
}
