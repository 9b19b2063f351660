const inputNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** A number as it appears inside a formula or beside a weight: up to two decimals, a true minus sign. */
export function formulaNumber(x: number): string {
  return inputNumber.format(x).replace('-', '−');
}
