#!/bin/sh
# Builds the seed corpora in Fuzz/corpus/ from the repository's own files (nothing is copied into git):
#   descriptor/   every Examples/*.yaml and *.json
#   ruleset/      every Rulesets/*.yaml, and one line per expression found in them (for the lone-expression pass)
#   tle/          the element sets inside Examples/ (a `tle: |` block: title line and two lines)
#   certificate/  the golden certificate and the hostile certificate corpus of the tests
# Run from anywhere; libFuzzer adds what it finds to the same folders.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
corpus="$here/corpus"
mkdir -p "$corpus/descriptor" "$corpus/ruleset" "$corpus/tle" "$corpus/certificate"

for file in "$root"/Examples/*.yaml "$root"/Examples/*.json; do
    cp "$file" "$corpus/descriptor/$(basename "$file")"
done

for file in "$root"/Rulesets/*.yaml; do
    cp "$file" "$corpus/ruleset/$(basename "$file")"
    # Each pass_if/applies_if/score/measure/condition value, alone, as a seed whose first line is an expression.
    grep -E '^\s*(pass_if|applies_if|score|measure|condition):' "$file" \
        | sed -E "s/^\s*[a-z_]+:\s*//; s/^'(.*)'\$/\1/; s/^\"(.*)\"\$/\1/" \
        | awk -v dir="$corpus/ruleset" -v base="$(basename "$file" .yaml)" 'length($0) > 0 && $0 !~ /^[>|][-+]?$/ { print > (dir "/" base "-expr-" NR ".txt") }'
done

for file in "$root"/Examples/*.yaml; do
    # The indented lines after `tle: |`, unindented.
    awk '/^[[:space:]]*tle:[[:space:]]*\|/ { grab = 1; next }
         grab && /^[[:space:]]+[^[:space:]]/ { sub(/^[[:space:]]+/, ""); print; next }
         grab { exit }' "$file" > "$corpus/tle/$(basename "$file" .yaml).tle"
    [ -s "$corpus/tle/$(basename "$file" .yaml).tle" ] || rm -f "$corpus/tle/$(basename "$file" .yaml).tle"
    # The same set without its title line.
    [ -s "$corpus/tle/$(basename "$file" .yaml).tle" ] && tail -n 2 "$corpus/tle/$(basename "$file" .yaml).tle" > "$corpus/tle/$(basename "$file" .yaml)-untitled.tle"
done

cp "$root"/Tests/CertificatesTests/Golden/Certificate/*.json "$corpus/certificate/"
cp "$root"/Tests/CertificatesTests/Hostile/*.json "$corpus/certificate/"

for kind in descriptor ruleset tle certificate; do
    echo "$kind: $(ls "$corpus/$kind" | wc -l) seeds"
done
