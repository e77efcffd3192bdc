#!/usr/bin/env bash
# Every test, as CI runs it (README: `npm run test:all`). For the refusal explainer on a fresh Debian 12 machine (Node 20.19+, npm 11, root).
# Steps: Debian Chromium -> npm ci -> typecheck -> lint -> catalogs match the code -> unit tests (UTC, Kiritimati, Honolulu)
#        -> build -> size budget -> real-browser tests (Playwright + axe) -> Lighthouse -> time to verdict.
set -euo pipefail
cd "$(dirname "$0")/.."

export CI=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

step() { printf '\n==> %s\n' "$*"; }
t0=$SECONDS

step "Debian Chromium ($CHROME_PATH)"
if [ ! -x "$CHROME_PATH" ]; then
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium >/dev/null
fi
"$CHROME_PATH" --version 2>/dev/null

step "Node $(node -v), npm $(npm -v)"
node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("Vite 8 needs Node >=20.19"); process.exit(1) }'

step "npm ci"
npm ci

step "Typecheck (app, and src/rules without DOM)"
npm run typecheck

step "Lint (ESLint)"
npm run lint

step "Message catalogs match the code (lingui extract leaves src/locales unchanged)"
npm run --silent i18n:check

# Unit tests in three time zones: UTC, UTC+14 and UTC-10 must give the same dates.
total_passed=0
for tz in UTC Pacific/Kiritimati Pacific/Honolulu; do
  step "Unit tests, TZ=$tz"
  TZ=$tz npx vitest run 2>&1 | tee /tmp/vitest-$$.log
  # Vitest's closing summary lines ("Test Files ...", "Tests ...").
  n=$(sed 's/\x1b\[[0-9;]*m//g' /tmp/vitest-$$.log | grep -E '^\s+Tests\s' | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+' || echo 0)
  total_passed=$((total_passed + n))
done

step "Build"
npm run build

step "Size budget (first-visit JavaScript at most 100 kB gzip)"
npm run --silent size

step "Real-browser tests (Playwright, Debian Chromium, vite preview)"
npx playwright test 2>&1 | tee /tmp/playwright-$$.log
n=$(sed 's/\x1b\[[0-9;]*m//g' /tmp/playwright-$$.log | grep -E '^\s+[0-9]+ passed' | grep -oE '[0-9]+' | head -1 || echo 0)
total_passed=$((total_passed + n))

step "Lighthouse, mobile (Performance >= 95; Accessibility, Best Practices, SEO = 100)"
npm run --silent lighthouse

step "Time to verdict from a share link (benchmark)"
npx playwright test --config playwright.bench.config.ts

step "OK in $((SECONDS - t0)) s"
# Every runner above stops this script on its first failure, so reaching here means none failed.
echo "Summary: $total_passed passed, 0 failed"
