import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    coverage: { provider: 'v8', include: ['src/**/*.ts'] },
  },
});
