/**
 * Whole numbers written with thousands separators ("100,000"), as `toLocaleString('en-US')` writes
 * them. Done by hand: the first Intl call of a page loads the locale data, which costs a slow phone
 * tens of milliseconds when it happens while the first page's code is loading.
 */
export function withCommas(n: number): string {
  if (!Number.isInteger(n)) return String(n);
  const digits = String(Math.abs(n));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${grouped}` : grouped;
}
