// Test projects by level: unit (pure, fast), integration (against the real stand-ins),
// synth (SST/CDK offline synthesis), web (components in jsdom), e2e (headless Chromium).
import { defineConfig } from "vitest/config";

const server = ["packages/core", "packages/functions", "packages/local"].map((p) => `${p}/src/**`);
// the SDK's notice that it will need Node 22 in 2027 (Lambda runs nodejs22.x already)
const env = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          env,
          include: server.map((g) => `${g}/*.test.ts`),
          exclude: ["**/*.int.test.ts", "**/*.e2e.test.ts", "**/node_modules/**"],
        },
      },
      {
        test: {
          name: "integration",
          env,
          include: server.map((g) => `${g}/*.int.test.ts`),
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: "synth",
          include: ["stacks/**/*.test.ts"],
          env: { ...env, NODE_ENV: "test", SST_TELEMETRY_DISABLED: "1" },
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        // the app's own build settings (Solid's compile options included), so tests see what ships
        extends: "packages/web/vite.config.ts",
        test: {
          name: "web",
          environment: "jsdom",
          include: ["packages/web/src/**/*.test.{ts,tsx}"],
        },
      },
      {
        test: {
          name: "e2e",
          env,
          include: ["packages/**/src/**/*.e2e.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
