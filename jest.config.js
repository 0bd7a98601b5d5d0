/** jest: unit and adapter tests; no browser (the e2e test runs separately with `npm run test:e2e`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: {
    // office-addin-manifest pulls ESM-only dependencies that jest cannot load; tests that need the
    // real CLI call it as a child process instead.
    '^office-addin-manifest$': '<rootDir>/tests/stubs/office-addin-manifest.ts',
  },
};
