#!/usr/bin/env bash
# The package as a consumer gets it: a clean checkout packs a built dist/
# (prepack), lint the packed tarball (publint, are the types wrong), what it
# holds (LICENSE, CHANGELOG, no source maps; its size into
# docs/package-size.md), install it into a fresh project, and use it from ESM,
# from CommonJS, from strict TypeScript and through its bin. Then the size
# budget and the runtime audit.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A clean checkout (no dist/): npm pack runs prepack, which builds.
mkdir "$work/clean"
git archive HEAD | tar -x -C "$work/clean"
ln -s "$root/node_modules" "$work/clean/node_modules"
(cd "$work/clean" && npm pack --dry-run --json 2>/dev/null) > "$work/clean.json"
node -e "
const [p] = require(process.argv[1]);
const dist = p.files.filter((f) => f.path.startsWith('dist/')).length;
if (dist < 100) throw new Error('a clean checkout packs ' + dist + ' files of dist/: prepack did not build');
console.log('prepack: a clean checkout packs', p.entryCount, 'files,', dist, 'of them dist/');" "$work/clean.json"
npx publint --strict
npx attw --pack .
npm pack --json --pack-destination "$work" 2>/dev/null > "$work/pack.json"
tarball=$(node -e "console.log(require(process.argv[1])[0].filename)" "$work/pack.json")
node -e "
const [p] = require(process.argv[1]);
const paths = p.files.map((f) => f.path);
for (const file of ['LICENSE', 'CHANGELOG.md', 'README.md', 'package.json'])
  if (!paths.includes(file)) throw new Error('the tarball lacks ' + file);
const maps = paths.filter((f) => f.endsWith('.map'));
if (maps.length > 0) throw new Error('source maps without their sources: ' + maps.join(', '));
console.log('tarball:', p.size, 'bytes packed,', p.unpackedSize, 'unpacked,', p.entryCount, 'files; LICENSE and CHANGELOG.md, no .map');" "$work/pack.json"
npx tsx scripts/write-package-size.ts "$work/pack.json"
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
node --input-type=module -e "
import { formatAmountNb, formatDateNb, formatPercentNb, reasonWithText } from 'kommunesamarbeid/words';
import { splitCost } from 'kommunesamarbeid';
import { helseplattformen } from 'kommunesamarbeid/agreements';
const got = [formatAmountNb('1234567.89'), formatPercentNb('40.07'), formatDateNb('2025-01-01')];
if (got.join('|') !== '1 234 567,89|40,07 %|1. januar 2025') throw new Error('ESM formatters: ' + got);
const [first] = splitCost(helseplattformen, '100').reasons;
if (reasonWithText(first, 'en').text !== '34 municipalities are parties on 1 January 2025.') throw new Error('reasonWithText');
console.log('ESM formatters ok:', got.join(' | '));"
node -e "
const { formatAmountNb, formatDateNb, formatPercentNb } = require('kommunesamarbeid/words');
const { formatAmount, AgreementInputError } = require('kommunesamarbeid');
const got = [formatAmountNb('1234567.89'), formatPercentNb('40.07'), formatDateNb('2025-01-01')];
if (got.join('|') !== '1 234 567,89|40,07 %|1. januar 2025') throw new Error('CJS formatters: ' + got);
for (const misuse of [() => formatAmount('1234567.8'), () => formatAmountNb(1234.5), () => formatDateNb('2025-02-30')]) {
  try { misuse(); throw new Error('no error for ' + misuse); } catch (e) { if (!(e instanceof AgreementInputError)) throw e; }
}
console.log('CommonJS formatters ok, and plain-JavaScript misuse is an AgreementInputError');"
cat > typed.ts <<'TS'
import { decide } from 'kommunesamarbeid';
import { helseplattformen } from 'kommunesamarbeid/agreements';
const meeting = { date: '2025-03-12', presiding: '5001', attendance: { '5001': 'member' }, ballots: { '5001': 'for' } } as const;
decide(helseplattformen, { organ: 'representantskap', matter: 'budget', meeting });
// @ts-expect-error: a typo in a built-in agreement's organ id does not compile
decide(helseplattformen, { organ: 'styret', matter: 'budget', meeting });
// @ts-expect-error: nor does a matter of another organ
decide(helseplattformen, { organ: 'styre', matter: 'budget', meeting });
TS
"$root/node_modules/.bin/tsc" --noEmit --strict --skipLibCheck --module node16 --moduleResolution node16 --target es2022 typed.ts
echo 'TypeScript: the organ and matter ids of a built-in agreement are checked'
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
node -e "
const { splitCost } = require('kommunesamarbeid');
const { helseplattformen } = require('kommunesamarbeid/agreements');
const { reasonWithText } = require('kommunesamarbeid/words');
const cli = JSON.stringify(JSON.parse(process.argv[1]).reasons);
const lib = JSON.stringify(splitCost(helseplattformen, '100').reasons.map((r) => reasonWithText(r, 'nb')));
if (cli !== lib) throw new Error('the bin\'s JSON reasons differ from the library\'s: ' + cli.slice(0, 200));
console.log('bin: its JSON reasons are the library\'s, with their text');" "$out"
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
