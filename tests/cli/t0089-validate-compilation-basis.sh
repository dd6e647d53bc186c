# validate: the compilation basis (issue 16) - a trade figure on a
# balance-of-payments basis is never compared above info with one on a
# customs (Census) basis, nor with one whose basis is unstated (a U.S. trade
# figure is usually the Census one); a stated customs figure against an
# unstated one is at most info too (the other's basis is unknown, not
# presumed: issue 16, point 1); the same two figures with no basis stated,
# or both on one basis, still disagree.
. "$TOP/tests/cli/lib.sh"
ts init >/dev/null 2>&1
# bop: the BoP figure; cen: the Census one (stated); un: unstated, 15% away
# from bop; cs: customs stated, 12% from un; n1/n2: the same pair as bop/un
# with no basis stated; b2: BoP on both sides, 15% apart.
article bop 1987-03-16 "WASHINGTON, March 16 - The U.S. trade gap, calculated on a balance-of-payments basis, brought the 1986 deficit to a record 147.71 billion dlrs, the Commerce Department said."
article cen 1987-03-17 "WASHINGTON, March 17 - On a Census basis, the U.S. trade deficit in 1986 was 169.8 billion dlrs, the Commerce Department said."
article un 1987-03-18 "WASHINGTON, March 18 - The U.S. trade deficit in 1986 was 169.8 billion dlrs, the Commerce Department said."
article cs 1987-03-19 "WASHINGTON, March 19 - On a customs basis, the U.S. trade deficit in 1986 was 150.1 billion dlrs, the Commerce Department said."
article n1 1987-03-16 "WASHINGTON, March 16 - The Canadian trade deficit in 1986 was 147.71 billion dlrs, the Commerce Department said."
article n2 1987-03-18 "WASHINGTON, March 18 - The Canadian trade deficit in 1986 was 169.8 billion dlrs, the Commerce Department said."
article b2 1987-03-20 "WASHINGTON, March 20 - The U.S. trade gap, calculated on a balance-of-payments basis, brought the 1986 deficit to a record 169.8 billion dlrs, the Commerce Department said."
ts ingest ./*.txt 2>/dev/null
validate_ok
ts extract ./*.txt > claims.csv

# basis FILE: the basis column of FILE's money figures.
basis() {
	python3 - claims.csv "$1" <<'PY'
import csv, sys
print(','.join(r['basis'] for r in csv.DictReader(open(sys.argv[1], newline=''))
               if r['file'].endswith('/' + sys.argv[2] + '.txt') and r['kind'] == 'money'))
PY
}
for f in bop:bop cen:customs un: cs:customs n1: b2:bop; do
	[ "$(basis "${f%%:*}")" = "${f#*:}" ] || fail "${f%%:*}.txt: basis '$(basis "${f%%:*}")', expected '${f#*:}'"
done
# between A B: the agreement findings between the two files, by severity.
between() { finding_between agreement "$1" "$2" "group_concat(f.severity)"; }
[ -z "$(between bop cen)" ] || fail "BoP against Census: $(between bop cen), expected no finding"
[ -z "$(between bop cs)" ] || fail "BoP against customs: $(between bop cs), expected no finding"
[ "$(between bop un)" = info ] || fail "BoP against unstated: '$(between bop un)', expected info"
grep "basis bop in .*bop.txt, not stated in .*un.txt" out.txt > /dev/null \
	|| fail "the info does not say why: $(grep -i 'bop' out.txt | head -3)"
[ "$(between cs un)" = info ] || fail "customs against unstated: '$(between cs un)', expected info"
grep "basis customs in .*cs.txt, not stated in .*un.txt" out.txt > /dev/null \
	|| fail "the info does not say why: $(grep -i 'customs' out.txt | head -3)"
# The controls: the same figures on one basis (or on none) still disagree.
sev=$(between n1 n2)
[ "$sev" = warning ] || [ "$sev" = error ] || fail "no basis stated, 15% apart: '$sev'"
sev=$(between cen cs)
[ "$sev" = warning ] || [ "$sev" = error ] || fail "customs on both sides, 12% apart: '$sev'"
sev=$(between bop b2)
[ "$sev" = warning ] || [ "$sev" = error ] || fail "BoP on both sides, 15% apart: '$sev'"
