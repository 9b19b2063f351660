import { useState } from 'react';
import type { CustomIndicator } from '@cpea/shared/custom-indicators';
import { DataTable, type Column } from '../../../components/data-table';
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
  const scopeOf = (indicator: CustomIndicator) =>
    indicator.missionId == null ? t('customIndicators.everyMission') : acronymOf(indicator.missionId);
  const unitOf = (indicator: CustomIndicator) =>
    indicator.unit === 'number'
      ? `${indicator.unitLabel ?? ''} (${formatNumber(indicator.min ?? 0)}–${formatNumber(indicator.max ?? 0)})`
      : t(`customIndicators.units.${indicator.unit}`);
  const columns: Column<CustomIndicator>[] = [
    { key: 'id', header: t('customIndicators.id'), cell: (i) => <code>{i.id}</code>, sortValue: (i) => i.id },
    {
      key: 'name',
      header: t('customIndicators.nameEn'),
      rowHeader: true,
      cell: (i) => <span className="cell--name">{nameOf(i)}</span>,
      sortValue: nameOf,
    },
    {
      key: 'scope',
      header: t('customIndicators.scope'),
      cell: scopeOf,
      sortValue: scopeOf,
    },
    {
      key: 'kpi',
      header: t('customIndicators.kpi'),
      cell: (i) => catalog.kpis[i.kpi].name,
      sortValue: (i) => catalog.kpis[i.kpi].name,
    },
    { key: 'unit', header: t('customIndicators.unit'), cell: unitOf, sortValue: unitOf },
    {
      key: 'direction',
      header: t('customIndicators.direction'),
      cell: (i) => (i.direction === 'lower_is_better' ? t('customIndicators.lower') : t('customIndicators.higher')),
    },
    {
      key: 'values',
      header: t('customIndicators.values'),
      numeric: true,
      cell: (i) => formatNumber(i.valueCount),
      sortValue: (i) => i.valueCount,
    },
    {
      key: 'status',
      header: t('customIndicators.status'),
      cell: (indicator) =>
        indicator.retiredAt ? (
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
        ),
    },
    {
      key: 'actions',
      header: t('customIndicators.actions'),
      cell: (indicator) => (
        <button
          type="button"
          className="button button--small"
          aria-label={t('customIndicators.editOf', { name: nameOf(indicator) })}
          onClick={() => onEdit(indicator)}
        >
          {t('customIndicators.edit')}
        </button>
      ),
    },
  ];
  return (
    <>
      <DataTable
        caption={t('customIndicators.listTitle')}
        captionHidden
        className="custom-indicators-table"
        columns={columns}
        rows={indicators}
        rowKey={(indicator) => indicator.id}
        name={t('customIndicators.rowsName')}
      />
      <p className="form-note" aria-live="polite">
        {said}
      </p>
    </>
  );
}
