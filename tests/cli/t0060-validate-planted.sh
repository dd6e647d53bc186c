# validate: the planted contradictions (issue 16). Doctored copies of real
# stories and of the seeds (tests/data/planted/, manifest.csv, made by
# make_planted.py) are ingested with the originals and the shipped series;
# each manifest row must be found by its rule at its severity.
#
# The severity a row needs depends on the parser: one that records where a
# subject came from (reporter_src...: stated or inferred) allows an error when
# every compared field was stated; one that records nothing allows at most a
# warning (DESIGN, "Validation rules"). The probe below asks extract which one
# this is; the manifest gives both (severity, on_main; "-": not visible
# without the parser's new fields, e.g. a revision's status).
. "$TOP/tests/cli/lib.sh"
P="$TOP/tests/data/planted"
seed_db
ts ingest "$P"/orig/*.txt 2>/dev/null
ts ingest --dates "$P/dates.csv" "$P"/cases/*.txt 2>/dev/null
ts validate --format csv > findings.csv 2>/dev/null

printf 'Japan'"'"'s exports to the United States were 8.5 billion dlrs in February 1987.\n' > probe.txt
ts extract probe.txt > probe.csv
i=$(col_index probe.csv reporter_src)
mode=plain
[ -n "$i" ] && [ -n "$(sed -n 2p probe.csv | cut -d, -f"$i")" ] && mode=sources
# A row that needs the status (preliminary/revised/previous) is checked only
# when the parser reads one; otherwise it is counted as skipped, and says so.
printf 'U.S. imports from China in December 2016 were revised to 39.36 billion dlrs from a previously published 39.38 billion dlrs.\n' > probe2.txt
ts extract --date 2019-06-04 probe2.txt > probe2.csv
i=$(col_index probe2.csv status)
status=no
[ -n "$i" ] && cut -d, -f"$i" probe2.csv | grep -qx previous && status=yes
echo "parser mode: $mode, status read: $status"

sqlite3 t.db ".import --csv $P/manifest.csv manifest"
[ "$status" = yes ] || sqlite3 t.db "UPDATE manifest SET severity = '-', on_main = '-' WHERE needs LIKE '%status%'"
missing=$(sqlite3 -separator ' ' t.db "
	SELECT m.\"case\", m.rule, CASE '$mode' WHEN 'sources' THEN m.severity ELSE m.on_main END,
	       m.file, m.text
	FROM manifest m
	WHERE CASE '$mode' WHEN 'sources' THEN m.severity ELSE m.on_main END <> '-'
	  AND NOT EXISTS (
		SELECT 1 FROM finding f
		JOIN claim c ON c.id = f.claim JOIN document d ON d.id = c.document
		LEFT JOIN claim o ON o.id = f.other_claim LEFT JOIN document od ON od.id = o.document
		WHERE f.rule = m.rule
		  AND f.severity = CASE '$mode' WHEN 'sources' THEN m.severity ELSE m.on_main END
		  AND ((d.path LIKE '%/' || m.file AND replace(c.text, char(10), ' ') = m.text)
		    OR (od.path LIKE '%/' || m.file AND replace(o.text, char(10), ' ') = m.text)))")
rows=$(count "SELECT count(*) FROM manifest")
skipped=$(count "SELECT count(*) FROM manifest WHERE CASE '$mode' WHEN 'sources' THEN severity ELSE on_main END = '-'")
echo "planted: $rows cases, $skipped need the parser's new fields ($mode parser)"
[ "$rows" -ge 30 ] || fail "only $rows planted cases"
[ -z "$missing" ] || fail "planted cases not found at their severity:
$missing"

# Two agencies of one reporter (s01: the Bank of Thailand against the
# Commerce Ministry) are two compilations, and the info says so, naming both;
# the same agency on both sides (s02, s03) never is.
if [ "$(col_index probe.csv source)" ]; then
	n=$(count "SELECT count(*) FROM finding f JOIN claim c ON c.id = f.claim
		JOIN document d ON d.id = c.document LEFT JOIN claim o ON o.id = f.other_claim
		LEFT JOIN document od ON od.id = o.document
		WHERE f.rule = 'agreement' AND f.severity = 'info'
		  AND (d.path LIKE '%/s01_reuters_14832.txt' OR od.path LIKE '%/s01_reuters_14832.txt')
		  AND (f.message LIKE '%two compilations: Bank of Thailand vs Commerce Ministry%'
		    OR f.message LIKE '%two compilations: Commerce Ministry vs Bank of Thailand%')")
	[ "$n" -ge 1 ] || fail "s01 is not two compilations naming both agencies"
	n=$(count "SELECT count(*) FROM finding f JOIN claim c ON c.id = f.claim
		JOIN claim o ON o.id = f.other_claim
		WHERE f.message LIKE '%two compilations%' AND c.source = o.source")
	[ "$n" = 0 ] || fail "$n findings call one agency two compilations"
fi

# No planted case is a warning or error of agreement between the two sides
# of a mirror pair: a mirror gap is never a disagreement.
n=$(count "SELECT count(*) FROM finding f JOIN claim c ON c.id = f.claim
	JOIN claim o ON o.id = f.other_claim
	WHERE f.rule = 'agreement' AND c.reporter = o.partner AND c.partner = o.reporter")
[ "$n" = 0 ] || fail "$n agreement findings between the two sides of a flow"
# No agreement finding sets a bilateral figure against a total.
n=$(count "SELECT count(*) FROM finding f JOIN claim c ON c.id = f.claim
	JOIN claim o ON o.id = f.other_claim
	WHERE f.rule = 'agreement' AND (c.partner IS NULL) <> (o.partner IS NULL)")
[ "$n" = 0 ] || fail "$n agreement findings with a partner on one side only"
