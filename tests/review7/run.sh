#!/bin/bash
# run.sh: review7's checks again. Builds every commit of the five parser branches not
# built yet (build.sh, one at a time, binaries in /tmp/r7/bin), then for every commit
# that has sentences in cases.py: check.py (commit vs parent on the sentences) and
# pooldiff.py (commit vs parent on the free pools). Output in /tmp/r7/out/.
set -eu
head_of() { case $1 in period7) echo 8db67ce;; subject7) echo 9af07cb;; flow7) echo 54e31af;;
  measure7) echo 6d0f5b1;; units7) echo 5761fb5;; esac; }
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p /tmp/r7/bin /tmp/r7/out
"$here/build.sh" period7 subject7 flow7 measure7 units7
cd "$here"
python3 check.py | tee /tmp/r7/out/check.txt
VERBOSE=1 python3 check.py > /tmp/r7/out/check_verbose.txt
for BR in period7 subject7 flow7 measure7 units7; do
  for C in $(git rev-list --reverse dbf1d56..$(head_of $BR)); do
    s=$(git rev-parse --short $C); p=$(git rev-parse --short $C^)
    if git merge-base --is-ancestor $C^ dbf1d56; then pb=/work/wt/before/tradestat-dbf1d56; else pb=/tmp/r7/bin/$p; fi
    [ -x /tmp/r7/bin/$s ] || continue
    echo "== $BR $s" >> /tmp/r7/out/pools.txt.new
    python3 pooldiff.py $pb /tmp/r7/bin/$s >> /tmp/r7/out/pools.txt.new
  done
done
mv /tmp/r7/out/pools.txt.new /tmp/r7/out/pools.txt
grep -A0 '^==\|figures changed' /tmp/r7/out/pools.txt
