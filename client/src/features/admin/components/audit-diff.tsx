import { useId, useState } from 'react';
import type { AuditEntry } from '@cpea/shared/audit';
import { TableScroll } from '../../../components/data-table';
import { useCatalogText, useT } from '../../../lib/i18n';
import { diffRecords, fieldLabel, formatAuditValue } from '../lib/audit-diff';

/** A real value, rather than a placeholder such as "(none)" that is not worth striking through. */
const isSet = (value: unknown) =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** Before and after, field by field; what changed is marked in words, not by colour alone. */
export function AuditDiff({ entry, caption }: { entry: AuditEntry; caption: string }) {
  const t = useT();
  const catalog = useCatalogText();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const toggleId = useId();
  const fields = diffRecords(entry.before, entry.after);
  if (fields.length === 0) {
    return <p className="audit-diff__empty">{t('audit.noRecord')}</p>;
  }
  const unchanged = fields.filter((field) => field.change === 'unchanged').length;
  const changed = fields.length - unchanged;
  const shown = showUnchanged ? fields : fields.filter((field) => field.change !== 'unchanged');
  const summaryKey =
    entry.before == null ? 'audit.fieldsSet' : entry.after == null ? 'audit.fieldsRemoved' : 'audit.fieldsChanged';
  return (
    <div className="audit-diff">
      <p className="audit-diff__summary">
        {changed === 0 ? t('audit.noFieldChanged') : t.plural(summaryKey, changed, { total: fields.length })}
        {unchanged > 0 ? (
          <span className="audit-diff__toggle">
            <input
              id={toggleId}
              type="checkbox"
              checked={showUnchanged}
              onChange={(event) => setShowUnchanged(event.target.checked)}
            />
            <label htmlFor={toggleId}>{t.plural('audit.showUnchanged', unchanged)}</label>
          </span>
        ) : null}
      </p>
      {shown.length > 0 ? (
        <TableScroll>
          <table className="data-table data-table--compact audit-diff__table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.field')}</th>
                <th scope="col">{t('audit.change')}</th>
                <th scope="col">{t('audit.before')}</th>
                <th scope="col">{t('audit.after')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((field) => (
                <tr key={field.path} className={`audit-diff__row audit-diff__row--${field.change}`}>
                  <th scope="row">
                    <span className="audit-diff__field">{fieldLabel(field.path, t, catalog)}</span>
                  </th>
                  <td className="nowrap">
                    <span className="audit-diff__change">{t(`audit.changeKinds.${field.change}`)}</span>
                  </td>
                  <td className="audit-diff__value">
                    {(field.change === 'changed' || field.change === 'removed') && isSet(field.before) ? (
                      <del>{formatAuditValue(field.before, t)}</del>
                    ) : (
                      formatAuditValue(field.before, t)
                    )}
                  </td>
                  <td className="audit-diff__value">
                    {(field.change === 'changed' || field.change === 'added') && isSet(field.after) ? (
                      <ins>{formatAuditValue(field.after, t)}</ins>
                    ) : (
                      formatAuditValue(field.after, t)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </div>
  );
}
