/**
 * Limits that keep memory bounded whatever is submitted. A real register is a few hundred rows and well
 * under a megabyte; these leave two orders of magnitude of headroom and still refuse before ExcelJS could
 * exhaust the machine. Measured here: ExcelJS holds about 0.8 KB per loaded cell (500,000 cells: +400 MB
 * RSS, 7 s), so the cell limit caps a load near 1 GB; the inspection refuses a bigger file in about a second.
 */
export interface ReadLimits {
  /** Size of the file on disk. */
  maxFileBytes: number;
  /** Sum of the uncompressed sizes of every zip entry. */
  maxUncompressedBytes: number;
  /**
   * One XML part (a sheet, the shared strings). ExcelJS turns XML into objects several times its size,
   * so this is tighter than the total, which also covers pictures kept as bytes.
   */
  maxXmlPartBytes: number;
  /** Sheets in the workbook. */
  maxSheets: number;
  /** An entry bigger than `ratioFloorBytes` that compresses better than this is treated as a zip bomb. */
  maxCompressionRatio: number;
  ratioFloorBytes: number;
  /** Rows per sheet, counted as written rows and as the span of rows that hold values. */
  maxRowsPerSheet: number;
  /** Written cells in the whole workbook. */
  maxCells: number;
  /** Columns per sheet. */
  maxColumns: number;
}

export const DEFAULT_LIMITS: Readonly<ReadLimits> = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxXmlPartBytes: 64 * 1024 * 1024,
  maxSheets: 256,
  maxCompressionRatio: 500,
  ratioFloorBytes: 1024 * 1024,
  maxRowsPerSheet: 200_000,
  maxCells: 1_000_000,
  maxColumns: 1_000,
};

export function withDefaults(limits?: Partial<ReadLimits>): ReadLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}
