// ESM end to end: ts-jest compiles TypeScript as ES modules, and jest runs them with
// --experimental-vm-modules (set in the npm test script).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  clearMocks: true,
  restoreMocks: true,
  testTimeout: 60000,
  // Most of the suite waits on real CLIs (gcloud, kubectl, docker) rather than the CPU, so two
  // workers on a 2-core machine cut the wall time nearly in half.
  maxWorkers: 2,
};
