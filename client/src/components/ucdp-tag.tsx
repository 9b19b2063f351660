import { UCDP_GED_CITATION } from '@cpea/shared/ucdp';
import { useT } from '../lib/i18n';
import './ucdp-tag.css';

/** How every screen cites the UCDP Georeferenced Event Dataset. */

/** Marks a value counted from UCDP GED events rather than typed in. */
export function UcdpTag() {
  const t = useT();
  return (
    <abbr className="ucdp-tag" title={t('common.ucdpCountedFrom', { citation: UCDP_GED_CITATION })}>
      UCDP
    </abbr>
  );
}
