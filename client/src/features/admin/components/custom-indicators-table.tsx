import { useState } from 'react';
import type { CustomIndicator } from '@cpea/shared/custom-indicators';
import { TableScroll } from '../../../components/data-table';
import { errorMessage } from '../../../components/states';
import { formatNumber } from '../../../lib/format';
import { useCatalogText, useLocale, useT, useTranslateMessage } from '../../../lib/i18n';
import { useRetireCustomIndicator } from '../api/custom-indicators';

interface CustomIndicatorsTableProps {
  indicators: readonly CustomIndicator[];
  /** A mission's acronym by id, to name whose an indicator is. */
  acronymOf: (missionId: number) => string;
  onEdit: (indicator: CustomIndicator) => void;
}

/** Every custom indicator, whose it is, what it measures, and a way to retire it. */
export function CustomIndicatorsTable({ indicators, acronymOf, onEdit }: CustomIndicatorsTableProps) {
  const t = useT();
  const catalog = useCatalogText();
  const { locale } = useLocale();
  const translate = useTranslateMessage();
  const retire = useRetireCustomIndicator();
  const [said, setSaid] = useState('');
  const nameOf = (indicator: CustomIndicator) => (locale === 'fr' ? indicator.nameFr : indicator.nameEn);
  return (
    <>
      <TableScroll>
        <table className="data-table custom-indicators-table">
          <caption className="visually-hidden">{t('customIndicators.listTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('customIndicators.id')}</th>
              <th scope="col">{t('customIndicators.nameEn')}</th>
              <th scope="col">{t('customIndicators.scope')}</th>
              <th scope="col">{t('customIndicators.kpi')}</th>
              <th scope="col">{t('customIndicators.unit')}</th>
              <th scope="col">{t('customIndicators.direction')}</th>
              <th scope="col" className="num">
                {t('customIndicators.values')}
              </th>
              <th scope="col">{t('customIndicators.status')}</th>
              <th scope="col">{t('customIndicators.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => (
              <tr key={indicator.id}>
                <td>
                  <code>{indicator.id}</code>
                </td>
                <th scope="row" className="cell--name">
                  {nameOf(indicator)}
                </th>
                <td>
                  {indicator.missionId == null ? t('customIndicators.everyMission') : acronymOf(indicator.missionId)}
                </td>
                <td>{catalog.kpis[indicator.kpi].name}</td>
                <td>
                  {indicator.unit === 'number'
                    ? `${indicator.unitLabel ?? ''} (${formatNumber(indicator.min ?? 0)}–${formatNumber(indicator.max ?? 0)})`
                    : t(`customIndicators.units.${indicator.unit}`)}
                </td>
                <td>
                  {indicator.direction === 'lower_is_better'
                    ? t('customIndicators.lower')
                    : t('customIndicators.higher')}
                </td>
                <td className="num">{formatNumber(indicator.valueCount)}</td>
                <td>
                  {indicator.retiredAt ? (
                    t('customIndicators.retired')
                  ) : (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('customIndicators.retireName', { name: nameOf(indicator) })}
                      disabled={retire.isPending}
                      onClick={() => {
                        setSaid('');
                        retire.mutate(indicator.id, {
                          onSuccess: () => setSaid(t('customIndicators.retiredDone', { name: nameOf(indicator) })),
                          onError: (error) => setSaid(translate(errorMessage(error))),
                        });
                      }}
                    >
                      {t('customIndicators.retire')}
                    </button>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('customIndicators.editOf', { name: nameOf(indicator) })}
                    onClick={() => onEdit(indicator)}
                  >
                    {t('customIndicators.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="form-note" aria-live="polite">
        {said}
      </p>
    </>
  );
}
