# Issue 11, item 13: terminal escape sequences from CSV fields (and file
# names, arguments) were echoed raw in messages. Every message shows control
# characters and bytes that are not UTF-8 as \xNN.
. "$TOP/tests/cli/lib.sh"
ts init > /dev/null
esc=$(printf '\033')
bel=$(printf '\007')
printf 'series,period,value\nX,2023-01,\033[31mred\033]0;pwned\007\n' > esc.csv
set +e; ts import --vintage 2024-01-01 esc.csv 2> err; rc=$?; set -e
[ "$rc" = 3 ] || fail "bad value: exit $rc"
grep -q "bad number '\\\\x1b\[31mred\\\\x1b\]0;pwned\\\\x07'" err || fail "message: $(cat err)"
! grep -q "$esc\|$bel" err || fail "an escape sequence reached the terminal: $(od -c err | head)"
# A file name with an escape sequence, and one in Latin-1.
printf 'Exports were $2 billion in May.\n' > "$(printf 'a\033[2Jb.txt')"
printf '' > "$(printf 'caf\351.txt')"
set +e; ts ingest --date 2024-06-01 "$(printf 'a\033[2Jb.txt')" "$(printf 'caf\351.txt')" 2> err; set -e
grep -q 'a\\x1b\[2Jb.txt: 1 claims' err || fail "progress message: $(cat err)"
grep -q 'caf\\xe9.txt' err || fail "Latin-1 name: $(cat err)"
! grep -q "$esc" err || fail "an escape sequence reached the terminal: $(od -c err | head)"
# Arguments: an unknown command or option value.
set +e; ts "$(printf 'x\033[2J')" 2> err; set -e
grep -q "'x\\\\x1b\[2J' is not a command" err || fail "unknown command: $(cat err)"
set +e; ts export --layout "$(printf '\033[5m')" series 2> err; set -e
grep -q "unknown --layout '\\\\x1b\[5m'" err || fail "usage message: $(cat err)"
! grep -q "$esc" err || fail "an escape sequence reached the terminal"
