#!/bin/sh
# Builds the report's interactive view and the test readers from the npm
# packages pinned in package-lock.json (go generate ./report runs it; the
# outputs are committed, so building and testing actorgraph needs neither
# npm nor the network):
#   ../graphview.min.js                     sigma.js + graphology + src/view.js, minified
#   ../graphview.LICENSES.txt                the licences of what it bundles
#   ../../export/testdata/graphology-readers.cjs  graphology-gexf/-graphml for Node
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --ignore-scripts >/dev/null
esbuild=node_modules/@esbuild/linux-x64/bin/esbuild
[ -x "$esbuild" ] || esbuild="npx esbuild"
$esbuild src/view.js --bundle --minify --format=iife --target=es2019 --legal-comments=none --outfile=../graphview.min.js
$esbuild src/readers.js --bundle --minify --platform=node --format=cjs --target=node18 --legal-comments=none \
  --outfile=../../export/testdata/graphology-readers.cjs
# Licences of every package bundled (all MIT).
{
  echo "The report's interactive view (graphview.min.js) and the export tests' readers"
  echo "(export/testdata/graphology-readers.cjs) bundle these npm packages, pinned in"
  echo "report/graphview/package-lock.json. Their licences follow."
  for p in $(node -e '
    const lock = require("./package-lock.json");
    const names = Object.keys(lock.packages).filter(k => k.startsWith("node_modules/") && !k.includes("esbuild"));
    console.log(names.map(k => k.slice(13)).sort().join("\n"));'); do
    d=node_modules/$p
    v=$(node -p "require('./$d/package.json').version")
    l=$(node -p "require('./$d/package.json').license || ''")
    echo
    echo "==== $p $v ($l) ===="
    f=$(ls "$d" | grep -i -m1 -E '^licen[cs]e') || true
    if [ -n "$f" ]; then cat "$d/$f"; else echo "(no licence file in the package; package.json says $l)"; fi
  done
} > ../graphview.LICENSES.txt
