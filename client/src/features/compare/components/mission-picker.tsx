import { useId, useMemo, useState } from 'react';
import type { Mission } from '@cpea/shared/mission';
import { FieldError } from '../../../components/form-field';
import { useMissionName, useT } from '../../../lib/i18n';

export type MissionOption = Pick<
  Mission,
  'id' | 'acronym' | 'name' | 'nameFr' | 'country' | 'periodType' | 'illustrative'
>;

interface MissionPickerProps {
  missions: readonly MissionOption[];
  selected: readonly number[];
  onChange: (selected: number[]) => void;
  error?: string;
}

function matches(mission: MissionOption, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (!needle) return true;
  return [mission.acronym, mission.name, mission.nameFr, mission.country].some((text) =>
    text.toLowerCase().includes(needle),
  );
}

/**
 * Checkboxes in a scrolling box with a filter above, so thirty missions stay as easy to pick as
 * three; each checkbox is a native control, so Tab and Space work as everywhere else.
 */
export function MissionPicker({ missions, selected, onChange, error }: MissionPickerProps) {
  const t = useT();
  const missionName = useMissionName();
  const id = useId();
  const [filter, setFilter] = useState('');
  const ordered = useMemo(() => [...missions].sort((a, b) => a.acronym.localeCompare(b.acronym, 'en')), [missions]);
  const shown = ordered.filter((mission) => matches(mission, filter));
  const chosen = new Set(selected);
  const chosenMissions = ordered.filter((mission) => chosen.has(mission.id));
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const periodTypes = new Set(missions.map((mission) => mission.periodType));

  const toggle = (missionId: number, on: boolean) =>
    onChange(on ? [...selected, missionId] : selected.filter((other) => other !== missionId));

  return (
    <fieldset
      className={['mission-picker', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={[error ? errorId : '', hintId].filter(Boolean).join(' ')}
    >
      <legend className="field__label">{t('compareReport.pickerLegend')}</legend>
      <p className="field__hint" id={hintId}>
        {t('compareReport.pickerHint')}
        {periodTypes.size > 1 ? ` ${t('compareReport.pickerMixed')}` : null}
      </p>
      {error ? <FieldError id={errorId} message={error} /> : null}
      <div className="mission-picker__tools">
        <div className="mission-picker__filter">
          <label className="field__label" htmlFor={`${id}-filter`}>
            {t('filters.label')}
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            value={filter}
            placeholder={t('compareReport.pickerPlaceholder')}
            autoComplete="off"
            onChange={(event) => setFilter(event.target.value)}
          />
        </div>
        <p className="mission-picker__count" aria-live="polite">
          {t.plural('compareReport.selected', chosenMissions.length, { total: missions.length })}
          {chosenMissions.length > 0
            ? t('compareReport.selectedList', { missions: chosenMissions.map((mission) => mission.acronym).join(', ') })
            : ''}
        </p>
        {selected.length > 0 ? (
          <button type="button" className="button button--small" onClick={() => onChange([])}>
            {t('compareReport.clearSelection')}
          </button>
        ) : null}
      </div>
      {shown.length === 0 ? (
        <p className="mission-picker__none">{t('compareReport.noMatch', { filter: filter.trim() })}</p>
      ) : (
        <ul className="mission-picker__list">
          {shown.map((mission) => {
            const inputId = `${id}-m${mission.id}`;
            return (
              <li key={mission.id}>
                <input
                  id={inputId}
                  type="checkbox"
                  checked={chosen.has(mission.id)}
                  onChange={(event) => toggle(mission.id, event.target.checked)}
                  aria-invalid={error ? true : undefined}
                />
                <label htmlFor={inputId}>
                  <span className="mission-picker__acronym">{mission.acronym}</span>{' '}
                  <span className="mission-picker__name">{missionName(mission)}</span>
                  {mission.periodType === 'month' ? (
                    <span className="mission-picker__tag">{t('compareReport.monthlyTag')}</span>
                  ) : null}
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
