import { defineConfig } from 'vitest/config'

// One PGlite instance costs ~3 s and several hundred MB: files run one after another on this 2-core box.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
