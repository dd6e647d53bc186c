#!/bin/bash
# ctx.sh FILE START [N]: the N bytes (default 300) around a figure of a Reuters story,
# and the story's first 3 lines (date, title, dateline)
f=/work/shared/eval/reuters21578/$1; s=$2; n=${3:-300}
head -c 200 $f | head -4 | tr '\n' ' '; echo
python3 -c "import sys;d=open('$f','rb').read();s=$s;a=max(0,s-$n);print(d[a:s].decode(errors='replace')+'[['+d[s:s+$n//3].decode(errors='replace'))"
echo ---
