// The pane loads its sections lazily; on a busy two-core machine (a full run, CI) a chunk can take more
// than Testing Library's default second to arrive. Waiting longer changes no result, only when a slow
// one is given up on.
if (typeof document !== 'undefined') {
  require('@testing-library/dom').configure({ asyncUtilTimeout: 15000 });
}
