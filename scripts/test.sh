#!/usr/bin/env bash
# The whole test suite: unit tests, validator, corpus, build, build-output tests, fidelity suite, quality gates,
# browser tests (journeys, and the browser gates: axe-core, keyboard, no third-party request).
# Ends with one line "N passed, N failed" over all suites.
set -u
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/*.json
status=0

echo "== Static checks (ESLint, astro check, tsc)"
if npm run --silent lint && npm run --silent typecheck; then
  echo '{"numPassedTests":1,"numFailedTests":0}' > test-results/static-checks.json
else
  status=1
  echo '{"numPassedTests":0,"numFailedTests":1}' > test-results/static-checks.json
fi

echo "== Unit and validator tests (Vitest)"
npx vitest run tests/unit tests/validator --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=1

echo "== Corpus of real call shapes (Vitest): each corpus call validates, builds, keeps its snapshots and its wording rules"
npx vitest run tests/corpus --reporter=default --reporter=json --outputFile.json=test-results/corpus.json || status=1

echo "== Build (npm run build)"
if npm run build; then
  echo "== Build-output tests (Vitest)"
  npx vitest run tests/build --reporter=default --reporter=json --outputFile.json=test-results/build.json || status=1
  echo "== Fidelity suite (Vitest): seed facts shown where the ledger says, no forbidden claim in dist/"
  npx vitest run tests/fidelity --reporter=default --reporter=json --outputFile.json=test-results/fidelity.json || status=1
  echo "== Quality gates (Vitest): valid HTML, links, nothing leaves the site, size budgets, metadata, reproducible builds"
  npx vitest run tests/gates --reporter=default --reporter=json --outputFile.json=test-results/gates.json || status=1
  echo "== Browser tests (Playwright, Chromium)"
  npx playwright test || status=1
else
  echo "build failed"
  status=1
  echo '{"numPassedTests":0,"numFailedTests":1}' > test-results/build-step.json
fi

npx tsx scripts/test-summary.ts test-results || status=1
exit $status
