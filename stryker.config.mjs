// Mutation testing of the pure core (`npm run mutate`). The machine it runs on is usually shared, so:
// one file at a time (`npm run mutate -- --mutate src/checks/rules/level-allowed.ts`), one test process,
// and only the tests that cover each mutant. MUTATE_TESTS narrows the test files further, e.g. to a
// rule's own tests and the catalog's: `MUTATE_TESTS=test/checks/rules/level-allowed.test.ts,test/checks/rule-catalog.test.ts`.
// The factor lexicons (src/order281/factors.ts, zones.ts) are measured with the judgement corpus; their matching
// code with `--mutate src/order281/factors.ts` and MUTATE_TESTS naming the factor tests and test/corpus/corpus.test.ts.
const CORE_TESTS = ['test/core/**/*.test.ts', 'test/checks/**/*.test.ts'];
const tests = process.env.MUTATE_TESTS ? process.env.MUTATE_TESTS.split(',') : CORE_TESTS;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    config: {
      testMatch: tests.map((glob) => `<rootDir>/${glob}`),
      reporters: ['default'],
      // Type checking is `tsc`'s job; transpiling alone keeps each mutant's test run short.
      transform: { '^.+\\.tsx?$': ['ts-jest', { diagnostics: false, tsconfig: { isolatedModules: true, esModuleInterop: true, target: 'es2022', module: 'commonjs', strict: true } }] },
    },
    enableFindRelatedTests: false,
  },
  // The whole pure core. The Order's own words (order-text.ts) are generated from docs/order-281/source-ky.txt
  // and guarded by `npm run order-text -- --check`, not by tests: a changed letter there is no mutant a test could catch.
  // `npm run mutate:scores -- REPORT.json…` sums per-file reports into the per-folder scores.
  mutate: [
    'src/checks/**/*.ts',
    'src/order281/**/*.ts',
    '!src/order281/order-text.ts',
    'src/registers/dates.ts',
    'src/registers/read.ts',
    'src/registers/approval.ts',
    'src/registers/headers.ts',
  ],
  coverageAnalysis: 'perTest',
  // A static mutant (a word in a module-level list) makes Stryker rerun every test with the module reloaded:
  // on a busy machine that is most of the time. MUTATE_IGNORE_STATIC=1 leaves them out of a quick run.
  ignoreStatic: process.env.MUTATE_IGNORE_STATIC === '1',
  concurrency: 1,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: process.env.MUTATE_REPORT ?? 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
