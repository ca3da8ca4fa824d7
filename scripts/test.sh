#!/usr/bin/env bash
# The whole test suite: static checks, unit and validator tests, corpus, build guard; then the
# seeded site (content/ → dist/) for the fidelity suite only, and the fixture site
# (tests/fixtures/site/ → dist-fixture/) for the build-output tests, the quality gates and the
# browser tests (journeys, search, and the browser gates: axe-core, keyboard, no third-party request).
# Ends with one line "N passed, N failed" over all suites.
set -u
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/*.json
status=0
site=(npx vitest run --config vitest.site.config.ts --reporter=default --reporter=json)

echo "== Static checks (ESLint, astro check, tsc)"
if npm run --silent lint && npm run --silent typecheck; then
  echo '{"numPassedTests":1,"numFailedTests":0}' > test-results/static-checks.json
else
  status=1
  echo '{"numPassedTests":0,"numFailedTests":1}' > test-results/static-checks.json
fi

echo "== Unit and validator tests (Vitest, no build)"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=1

echo "== Corpus of real call shapes (Vitest): each corpus call validates, builds, keeps its snapshots and its wording rules"
"${site[@]}" --project corpus --outputFile.json=test-results/corpus.json || status=1

echo "== Build guard (Vitest): bad content stops the build before it writes anything"
"${site[@]}" --project guard --outputFile.json=test-results/guard.json || status=1

echo "== Seeded site (npm run build → dist/)"
if npm run build; then
  echo "== Fidelity suite (Vitest): seed facts shown where the ledger says, no forbidden claim in dist/"
  "${site[@]}" --project fidelity --outputFile.json=test-results/fidelity.json || status=1
else
  echo "seeded build failed"
  status=1
  echo '{"numPassedTests":0,"numFailedTests":1}' > test-results/build-seeded.json
fi

echo "== Fixture site (tests/fixtures/site → dist-fixture/)"
if GUICHET_CONTENT_DIR=tests/fixtures/site GUICHET_DIST=dist-fixture GUICHET_CACHE_DIR=.cache-fixture npm run build; then
  echo "== Build-output tests (Vitest, fixture site)"
  "${site[@]}" --project build --outputFile.json=test-results/build.json || status=1
  echo "== Quality gates (Vitest, fixture site): valid HTML, links, nothing leaves the site, size budgets, metadata, reproducible builds"
  "${site[@]}" --project gates --outputFile.json=test-results/gates.json || status=1
  echo "== Browser tests (Playwright, Chromium, fixture site served by astro preview)"
  npx playwright test || status=1
else
  echo "fixture build failed"
  status=1
  echo '{"numPassedTests":0,"numFailedTests":1}' > test-results/build-fixture.json
fi

npx tsx scripts/test-summary.ts test-results || status=1
exit $status
