import { useId, useState } from 'react';
import type { AuditEntry } from '@cpea/shared/audit';
import { TableScroll } from '../../../components/data-table';
import { diffRecords, fieldLabel, formatAuditValue, type FieldChangeKind } from '../lib/audit-diff';

const CHANGE_LABELS: Record<FieldChangeKind, string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  unchanged: 'Unchanged',
};

/** A real value, rather than a placeholder such as "(none)" that is not worth striking through. */
const isSet = (value: unknown) =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** Before and after, field by field; what changed is marked in words, not by colour alone. */
export function AuditDiff({ entry, caption }: { entry: AuditEntry; caption: string }) {
  const [showUnchanged, setShowUnchanged] = useState(false);
  const toggleId = useId();
  const fields = diffRecords(entry.before, entry.after);
  if (fields.length === 0) {
    return <p className="audit-diff__empty">No before or after was recorded for this action.</p>;
  }
  const unchanged = fields.filter((field) => field.change === 'unchanged').length;
  const shown = showUnchanged ? fields : fields.filter((field) => field.change !== 'unchanged');
  return (
    <div className="audit-diff">
      <p className="audit-diff__summary">
        {fields.length - unchanged === 0
          ? 'No field changed.'
          : `${(fields.length - unchanged).toLocaleString('en')} of ${fields.length.toLocaleString('en')} fields ${
              entry.before == null ? 'set' : entry.after == null ? 'removed' : 'changed'
            }.`}
        {unchanged > 0 ? (
          <span className="audit-diff__toggle">
            <input
              id={toggleId}
              type="checkbox"
              checked={showUnchanged}
              onChange={(event) => setShowUnchanged(event.target.checked)}
            />
            <label htmlFor={toggleId}>Show the {unchanged.toLocaleString('en')} unchanged fields</label>
          </span>
        ) : null}
      </p>
      {shown.length > 0 ? (
        <TableScroll>
          <table className="data-table data-table--compact audit-diff__table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Change</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((field) => (
                <tr key={field.path} className={`audit-diff__row audit-diff__row--${field.change}`}>
                  <th scope="row">
                    <span className="audit-diff__field">{fieldLabel(field.path)}</span>
                  </th>
                  <td className="nowrap">
                    <span className="audit-diff__change">{CHANGE_LABELS[field.change]}</span>
                  </td>
                  <td className="audit-diff__value">
                    {(field.change === 'changed' || field.change === 'removed') && isSet(field.before) ? (
                      <del>{formatAuditValue(field.before)}</del>
                    ) : (
                      formatAuditValue(field.before)
                    )}
                  </td>
                  <td className="audit-diff__value">
                    {(field.change === 'changed' || field.change === 'added') && isSet(field.after) ? (
                      <ins>{formatAuditValue(field.after)}</ins>
                    ) : (
                      formatAuditValue(field.after)
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
