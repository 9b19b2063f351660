import { UCDP_GED_CITATION } from '@cpea/shared/ucdp';
import './ucdp-tag.css';

/** How every screen cites the UCDP Georeferenced Event Dataset. */

/** Marks a value counted from UCDP GED events rather than typed in. */
export function UcdpTag() {
  return (
    <abbr className="ucdp-tag" title={`Counted from ${UCDP_GED_CITATION}`}>
      UCDP
    </abbr>
  );
}
