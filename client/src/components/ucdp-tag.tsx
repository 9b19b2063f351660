import './ucdp-tag.css';

/** How every screen cites the UCDP Georeferenced Event Dataset. */
export const UCDP_CITATION = 'UCDP GED 23.1 (Sundberg & Melander 2013; Davies et al. 2023), CC BY 4.0';

/** Marks a value counted from UCDP GED events rather than typed in. */
export function UcdpTag() {
  return (
    <abbr className="ucdp-tag" title={`Counted from ${UCDP_CITATION}`}>
      UCDP
    </abbr>
  );
}
