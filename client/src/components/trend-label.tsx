import { TREND_LABELS, type TrendClass } from '@cpea/shared/scoring';

const ARROWS: Record<TrendClass, string> = {
  improving: '↗',
  stable: '→',
  deteriorating: '↘',
  insufficient_data: '·',
};

/** A trend as an arrow and a word. */
export function TrendLabel({ trend }: { trend: TrendClass }) {
  return (
    <span className={`trend trend--${trend}`}>
      <span className="trend__arrow" aria-hidden="true">
        {ARROWS[trend]}
      </span>{' '}
      {TREND_LABELS[trend]}
    </span>
  );
}
