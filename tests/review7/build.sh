#!/bin/bash
# build every commit of each parser branch, oldest first, one at a time
set -u
cd "$(dirname "$0")"
for BR in "$@"; do
  WT=/tmp/rev_$BR
  [ -d $WT ] || git worktree add --detach $WT $BR >/dev/null 2>&1
  for C in $(git rev-list --reverse dbf1d56..$BR); do
    s=$(git rev-parse --short $C)
    [ -x /tmp/r7/bin/$s ] && continue
    git -C $WT checkout -q --detach $C
    if make -C $WT -j2 tradestat >/tmp/r7/build_$s.log 2>&1; then
      B=$WT/build/tradestat; [ -x $B ] || B=$WT/tradestat
      cp $B /tmp/r7/bin/$s; echo "built $BR $s $(date +%T)"
    else echo "FAILED $BR $s"; fi
  done
done
