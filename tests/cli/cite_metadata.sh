#!/usr/bin/env bash
# `entente data cite --metadata` (issue 15): a table written with -o is cited
# from the CSVW metadata beside it, with exactly the datasets it used.
# Usage: cite_metadata.sh ENTENTE
set -u
entente=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0
expect() {  # NAME FILE REGEX: FILE has a line matching REGEX
  grep -Eq -- "$3" "$2" || { echo "$1: no line matches $3"; cat "$2"; fail=1; }
}
refuse() {  # NAME FILE REGEX: FILE has no line matching REGEX
  grep -Eq -- "$3" "$2" && { echo "$1: a line matches $3"; cat "$2"; fail=1; }
}

"$entente" votes PAK CHN -o "$dir/v.csv" 2>"$dir/err" || { echo "votes -o failed"; cat "$dir/err"; exit 1; }
meta="$dir/v.csv-metadata.json"
[ -s "$meta" ] || { echo "no $meta"; exit 1; }

"$entente" data cite --metadata "$meta" >"$dir/cite.txt" 2>"$dir/err"
[ $? = 0 ] || { echo "issue15_cite_metadata: exit $?"; cat "$dir/err"; fail=1; }
# Every dataset the metadata names is cited, and no other.
ids=$(grep -o '"schema:identifier": "[a-z_0-9]*"' "$meta" | sed 's/.*: "\(.*\)"/\1/')
[ -n "$ids" ] || { echo "the metadata names no dataset"; cat "$meta"; fail=1; }
for id in $ids; do expect "issue15_cite_metadata_$id" "$dir/cite.txt" "^$id: "; done
expect issue15_cite_metadata_votes "$dir/cite.txt" '^un_votes: UN General Assembly roll-call votes$'
refuse issue15_cite_metadata_only_used "$dir/cite.txt" '^(sipri_transfers|cow_nmc|atop_alliance): '
cited=$(grep -c '^[a-z_0-9]*: ' "$dir/cite.txt")
[ "$cited" = "$(echo "$ids" | wc -l)" ] || { echo "cited $cited datasets for: $ids"; fail=1; }

"$entente" data cite --metadata "$meta" --format bibtex -o "$dir/v.bib" 2>"$dir/err"
[ $? = 0 ] || { echo "issue15_cite_metadata_bibtex: exit $?"; cat "$dir/err"; fail=1; }
expect issue15_cite_metadata_bibtex "$dir/v.bib" '^@misc[{]voeten_un_votes,$'
entries=$(grep -c '^@' "$dir/v.bib")
[ "$entries" = "$cited" ] || { echo "issue15_cite_metadata_bibtex: $entries entries for $cited datasets"; fail=1; }

"$entente" data cite --metadata "$meta" --format json >"$dir/cite.json" 2>"$dir/err"
expect issue15_cite_metadata_json "$dir/cite.json" '"id": "un_votes"'

# A table made from another version of a file: cited, with a note saying so.
sed 's/"schema:sha256": "fbf7[0-9a-f]*"/"schema:sha256": "0123"/' "$meta" >"$dir/old.csv-metadata.json"
"$entente" data cite --metadata "$dir/old.csv-metadata.json" >"$dir/cite.txt" 2>"$dir/err"
[ $? = 0 ] || { echo "issue15_cite_metadata_other_version: exit $?"; cat "$dir/err"; fail=1; }
expect issue15_cite_metadata_other_version "$dir/err" "old.csv-metadata.json: the table read un_votes with SHA-256 0123, not the manifest's fbf7"

# A metadata file cut short is a data error naming it.
head -c 200 "$meta" >"$dir/cut.csv-metadata.json"
"$entente" data cite --metadata "$dir/cut.csv-metadata.json" >/dev/null 2>"$dir/err"
code=$?
[ $code = 3 ] || { echo "issue15_cite_metadata_cut: exit $code, expected 3"; fail=1; }
expect issue15_cite_metadata_cut "$dir/err" "cut.csv-metadata.json:[0-9]+:[0-9]+: not JSON"

exit $fail
