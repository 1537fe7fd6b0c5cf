// A number as a Danish user types it: »136,5«, »1.600«, »1 600« — a comma is the decimal mark and
// a point or space groups thousands. Undefined when it is not a number.
export function parseDanishNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(/[\s\u00a0]/g, '');
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(cleaned)) return undefined;
  const value = Number(cleaned.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}
