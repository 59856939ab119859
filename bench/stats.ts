/**
 * The mean of the middle half of a set of timings: what the benchmarks report. A run pays for the garbage
 * collections that fall in it, and in a batch or a long check those are paid too, so the figure must hold
 * them in their true share. A median of a few runs did not: each JSON.parse of the core benchmark's grids
 * fills about half of V8's young generation, every other parse pays for a scavenge (3.1 ms, then 4.4), and
 * the median landed on either kind by chance, swinging the check's ratio between 14 and 20. A minimum did
 * not either: it kept a bare ExcelJS load's runs without a collection, which a longer path has fewer of.
 * Dropping the outer quarters still keeps the machine's rare stalls out.
 */
export function middleMean(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const quarter = Math.floor(sorted.length / 4);
  const middle = sorted.slice(quarter, sorted.length - quarter);
  return middle.reduce((sum, x) => sum + x, 0) / middle.length;
}
