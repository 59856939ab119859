/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Type errors are caught once by `tsc --noEmit` in `npm test`; per-file type checking would triple the run time.
  transform: { '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }] },
  moduleNameMapper: { '\\.(css|png|svg)$': '<rootDir>/test/support/asset-stub.js' },
  testTimeout: 30000,
  setupFilesAfterEnv: ['<rootDir>/test/support/dom-timeouts.js'],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
