/**
 * What the running Excel can do, decided once and passed in, so each operation degrades the same way and
 * tests can play an older Excel by handing over a smaller set. Only `detectCapabilities` looks at Office.
 */

export interface ExcelCapabilities {
  /** ExcelApi 1.2: merged cells, column widths and row heights — a form's layout. */
  layout: boolean;
  /** ExcelApi 1.4: asking for part of a range that may be empty (`getIntersectionOrNullObject`). */
  intersections: boolean;
  /** ExcelApi 1.6: conditional formats — the marks a check leaves, which clear without touching a user's formatting. */
  conditionalFormats: boolean;
  /** ExcelApi 1.7: freeze panes, so the header stays in view. */
  freezePanes: boolean;
  /** ExcelApi 1.8: data validation — the dropdown lists of a form. */
  dataValidation: boolean;
  /** ExcelApi 1.9: RangeAreas (one conditional format over many runs) and page layout (print settings). */
  rangeAreas: boolean;
  /** ExcelApi 1.9: page layout — A4 landscape, fit to width, repeated header rows. */
  pageLayout: boolean;
  /** ExcelApi 1.13: reading merged areas in the same batch as the values. */
  mergedAreas: boolean;
}

/** Which ExcelApi version each capability needs (for messages and for `capabilitiesFrom`). */
export const REQUIREMENTS: Record<keyof ExcelCapabilities, string> = {
  layout: '1.2',
  intersections: '1.4',
  conditionalFormats: '1.6',
  freezePanes: '1.7',
  dataValidation: '1.8',
  rangeAreas: '1.9',
  pageLayout: '1.9',
  mergedAreas: '1.13',
};

/** Builds the capabilities from any `isSetSupported`-shaped function (Office's own, or a test host's). */
export function capabilitiesFrom(isSetSupported: (name: string, version: string) => boolean): ExcelCapabilities {
  const has = (key: keyof ExcelCapabilities) => isSetSupported('ExcelApi', REQUIREMENTS[key]);
  return {
    layout: has('layout'),
    intersections: has('intersections'),
    conditionalFormats: has('conditionalFormats'),
    freezePanes: has('freezePanes'),
    dataValidation: has('dataValidation'),
    rangeAreas: has('rangeAreas'),
    pageLayout: has('pageLayout'),
    mergedAreas: has('mergedAreas'),
  };
}

/** The capabilities of an Excel that supports every ExcelApi set up to `version` (e.g. 1.7 for Office 2019). */
export function capabilitiesUpTo(version: string): ExcelCapabilities {
  const minor = (v: string) => Number(v.split('.')[1] ?? 0);
  return capabilitiesFrom((name, wanted) => name === 'ExcelApi' && minor(wanted) <= minor(version));
}

export const ALL_CAPABILITIES: ExcelCapabilities = capabilitiesUpTo('1.99');

/**
 * Asks the running Office. The one place in the adapter that touches the global `Office`; outside Office
 * (a plain browser tab) it reports nothing supported rather than throwing.
 */
export function detectCapabilities(): ExcelCapabilities {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (!requirements) return capabilitiesFrom(() => false);
  return capabilitiesFrom((name, version) => requirements.isSetSupported(name, version));
}
