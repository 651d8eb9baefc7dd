#!/usr/bin/env bash
# The package as a consumer gets it: lint the packed tarball (publint, are the
# types wrong), install it into a fresh project, and use it from ESM, from
# CommonJS and through its bin. Then the size budget and the runtime audit.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
npx publint --strict
npx attw --pack .
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --prefer-offline "./$tarball" >/dev/null
node --input-type=module -e "
import { splitCost } from 'kommunesamarbeid';
import { helseplattformen } from 'kommunesamarbeid/agreements';
const s = splitCost(helseplattformen, '1000.00');
if (s.sum !== '1000.00') throw new Error('ESM: ' + s.sum);
console.log('ESM ok:', s.parties[0].amount);"
node -e "
const { ownershipShares } = require('kommunesamarbeid');
const { helseplattformen } = require('kommunesamarbeid/agreements');
const s = ownershipShares(helseplattformen);
if (s.percentSum !== '100.01') throw new Error('CJS: ' + s.percentSum);
console.log('CommonJS ok:', s.percentSum);"
node --input-type=module -e "
import { adjustForDeflator } from 'kommunesamarbeid/deflator';
import { handbook } from 'kommunesamarbeid/docs';
import { populationFromJsonStat } from 'kommunesamarbeid/ssb';
import { explain } from 'kommunesamarbeid/words';
import { check } from 'kommunesamarbeid/analysis';
import { helseplattformen } from 'kommunesamarbeid/agreements';
if (!check(helseplattformen).valid) throw new Error('analysis');
if (explain(check(helseplattformen).findings[0], 'nb') === '') throw new Error('words');
if (adjustForDeflator('100.00', { fromYear: 2024, toYear: 2025 }).adjusted !== '103.90') throw new Error('deflator');
if (typeof handbook !== 'function' || typeof populationFromJsonStat !== 'function') throw new Error('docs, ssb');
console.log('subpaths ok: /agreements /docs /ssb /deflator /words /analysis');"
node -e "
for (const name of ['agreement', 'meeting', 'events', 'regions']) {
  const schema = require('kommunesamarbeid/schema/' + name + '.json');
  if (schema.\$id !== 'https://kommunesamarbeid.no/schema/' + name + '.json') throw new Error(name);
}
console.log('schemas ok: kommunesamarbeid/schema/{agreement,meeting,events,regions}.json');"
cat > app.mjs <<'APP'
import { splitCost } from 'kommunesamarbeid';
import { helseplattformen } from 'kommunesamarbeid/agreements';
console.log(splitCost(helseplattformen, 1).sum);
APP
"$root/node_modules/.bin/esbuild" app.mjs --bundle --minify --format=esm --platform=browser --outfile=app.out.js --log-level=error
if grep -qE 'ZodError|zod/mini' app.out.js; then echo 'bundler: splitCost pulled in zod'; exit 1; fi
echo "bundler (module condition): splitCost + one agreement, no zod, $(wc -c < app.out.js) bytes"
out=$(npx --no-install kommunesamarbeid split --amount 100 --json)
node -e "const o = JSON.parse(process.argv[1]); if (o.sum !== '100.00') process.exit(1); console.log('bin ok:', o.sum)" "$out"
set +e
npx --no-install kommunesamarbeid split --amount 1.234 >/dev/null 2>&1
code=$?
set -e
[ "$code" = 2 ] || { echo "bin: bad input exited $code, not 2"; exit 1; }
echo 'bin: bad input exits 2'
cd "$root"
npx size-limit
set +e
audit=$(npm audit --omit=dev --audit-level=low 2>&1)
status=$?
set -e
if [ "$status" != 0 ]; then
  if grep -q 'audit endpoint returned an error' <<<"$audit"; then
    echo 'npm audit: the registry here has no audit endpoint; not checked'
  else
    echo "$audit"
    exit 1
  fi
else
  echo 'npm audit --omit=dev: no vulnerabilities'
fi
