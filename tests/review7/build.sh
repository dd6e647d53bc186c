#!/bin/bash
# build every commit of each parser branch, oldest first, one at a time
set -u
# the branches were merged into main and deleted at ~06:00: their last commits
head_of() { case $1 in period7) echo 8db67ce;; subject7) echo 9af07cb;; flow7) echo 54e31af;;
  measure7) echo 6d0f5b1;; units7) echo 5761fb5;; esac; }
cd "$(dirname "$0")"
for BR in "$@"; do
  WT=/tmp/rev_$BR
  [ -d $WT ] || git worktree add --detach $WT $(head_of $BR) >/dev/null 2>&1
  for C in $(git rev-list --reverse dbf1d56..$(head_of $BR)); do
    s=$(git rev-parse --short $C)
    [ -x /tmp/r7/bin/$s ] && continue
    git -C $WT checkout -q --detach $C
    if make -C $WT -j2 tradestat >/tmp/r7/build_$s.log 2>&1; then
      B=$WT/build/tradestat; [ -x $B ] || B=$WT/tradestat
      cp $B /tmp/r7/bin/$s; echo "built $BR $s $(date +%T)"
    else echo "FAILED $BR $s"; fi
  done
done
