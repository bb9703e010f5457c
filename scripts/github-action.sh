#!/usr/bin/env bash
# The rating step of the Steward GitHub Action (action.yml): rates the descriptors named by the action's
# inputs, writes SARIF for code scanning, annotations for the pull request and a Markdown job summary, then
# applies the tier gate. Kept as a script so it runs the same on a laptop as in Actions:
#
#   STEWARD=.build/release/steward INPUT_MISSIONS="Examples" INPUT_FAIL_BELOW=bronze scripts/github-action.sh
#
# Inputs (environment, as GitHub passes action inputs): INPUT_MISSIONS (space-separated files, directories or
# globs), INPUT_RULESET (default lts-2019), INPUT_FAIL_BELOW (a tier, or empty for no gate), INPUT_STRICT
# (true/false), INPUT_SARIF (output path, default steward.sarif). STEWARD is the binary to run.
# Exit status: that of the gate (0, 1 below the tier, 2 invalid input, 64 usage, 74 output not written).
set -uo pipefail

steward=${STEWARD:-steward}
ruleset=${INPUT_RULESET:-lts-2019}
sarif=${INPUT_SARIF:-steward.sarif}
read -r -a patterns <<< "${INPUT_MISSIONS:-missions}"
missions=()
shopt -s nullglob globstar
for pattern in "${patterns[@]}"; do
    matches=($pattern)
    if [ "${#matches[@]}" -eq 0 ]; then
        echo "::error title=Steward::no descriptor matches '$pattern'" >&2
        exit 64
    fi
    missions+=("${matches[@]}")
done

# One rating run writes every report and applies the gate: SARIF for code scanning, annotations for the
# pull request's diff, Markdown for the job summary. The reports are written even when the gate fails.
reports=$(mktemp -d)
trap 'rm -rf "$reports"' EXIT
gate=()
if [ -n "${INPUT_FAIL_BELOW:-}" ]; then gate+=(--fail-below "$INPUT_FAIL_BELOW"); fi
if [ "${INPUT_STRICT:-false}" = "true" ]; then gate+=(--strict); fi
"$steward" rate "${missions[@]}" --ruleset "$ruleset" --format sarif,github,markdown --output-dir "$reports" "${gate[@]}"
status=$?
if [ "$status" -eq 64 ] || [ "$status" -eq 74 ]; then exit "$status"; fi
[ -f "$reports/steward.sarif" ] && cp "$reports/steward.sarif" "$sarif"
[ -f "$reports/steward.github.txt" ] && cat "$reports/steward.github.txt"
if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -f "$reports/steward.md" ]; then
    cat "$reports/steward.md" >> "$GITHUB_STEP_SUMMARY"
fi
exit "$status"
