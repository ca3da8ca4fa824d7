import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { fixtureDist, fixtureEnv } from './tests/helpers/fixture.ts';

/**
 * Browser tests run in Chromium against the build of the fixture site (`tests/fixtures/site/`,
 * built into `dist-fixture/` by `scripts/test.sh`), served by `astro preview` (`outDir` is
 * that folder through `GUICHET_OUT_DIR`; the configuration reads the fixture's site.yaml).
 * Where Playwright cannot download its own browser, the system Chromium is used:
 * `CHROMIUM_PATH`, else `/usr/bin/chromium` when it exists, else Playwright's own build.
 */
const systemChromium = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env['PREVIEW_PORT'] ?? 4329);
const launchOptions = systemChromium
  ? {
      executablePath: systemChromium,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }
  : {};

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  // Playwright empties its output folder when it starts: keep it apart from the JSON results
  // of the other suites in test-results/, which scripts/test-summary.ts adds up.
  outputDir: 'test-results/playwright',
  ...(process.env['CI'] ? { workers: 2 } : {}),
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions,
      },
    },
  ],
  webServer: {
    command: `node node_modules/astro/bin/astro.mjs preview --port ${port} --host 127.0.0.1`,
    env: { ...fixtureEnv, GUICHET_OUT_DIR: fixtureDist, ASTRO_TELEMETRY_DISABLED: '1' },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
