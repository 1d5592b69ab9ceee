import { defineConfig } from 'prisma/config'

// Only `prisma generate` runs offline. Migrations go through scripts/migrate.ts (schema-engine-wasm);
// the url below only matters to the official CLI on a machine with internet access.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgresql://localhost:5432/trucban' },
})
