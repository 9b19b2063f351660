import { Methodology } from '../../features/methodology/components/methodology';

export function MethodologyPage() {
  return (
    <div className="page page--prose">
      <title>Methodology · CPEA</title>
      <h1>Methodology</h1>
      <p className="page-header__lead">
        How CPEA measures a mission’s effectiveness: the KPIs and their indicators, how they are scored, and the
        challenges analysts rate — each with the document it comes from.
      </p>
      <Methodology />
    </div>
  );
}
