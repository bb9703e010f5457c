#!/usr/bin/env bash
# The fleet benchmark of docs/physics.md ("Fleet"): the 7,314 UCS satellites as full descriptors, rated in one
# `steward rate` run, text and JSON, on both cores and on one core (taskset), with wall time, CPU and peak memory.
#
# Usage (from the repository root):  bash Benchmarks/Scripts/fleet-benchmark.sh [STEWARD_BINARY] [RUNS]
#   STEWARD_BINARY  defaults to .build/release/steward (build it with `swift build -c release --product steward`)
#   RUNS            repetitions of each run (default 3); the table shows each one, so noise is visible
# Needs python3, GNU time (/usr/bin/time) and taskset (util-linux). Writes the fleet to $FLEET_DIR
# (default /tmp/steward-fleet) and the reports to /dev/null. Wall times are only meaningful on an idle machine:
# the script prints the load average before each run, and each run's exit status (anything but 0 means the
# figures are not those of a full rating: run the command by hand to see its diagnostics).
# The fleet's constellation batches share their physics through steward's memos (docs/physics.md, "Physics
# memos"); `STEWARD_PHYSICS_MEMO=off bash Benchmarks/Scripts/fleet-benchmark.sh` times every mission's physics afresh.
set -euo pipefail

binary=${1:-.build/release/steward}
runs=${2:-3}
fleet=${FLEET_DIR:-/tmp/steward-fleet}
here=$(cd "$(dirname "$0")" && pwd)
repository=$(cd "$here/../.." && pwd)

[ -x "$binary" ] || { echo "no steward binary at $binary (swift build -c release --product steward)" >&2; exit 2; }
if [ ! -d "$fleet" ] || [ -z "$(ls -A "$fleet")" ]; then
    python3 "$here/ucs-fleet.py" "$repository/Data/ucs_satdb_2023-05-01_subset.csv" "$fleet"
fi
count=$(find "$fleet" -maxdepth 1 -name '*.json' | wc -l)
echo "fleet: $count descriptors in $fleet; binary: $binary; $(nproc) cores; physics memos ${STEWARD_PHYSICS_MEMO:-on}"
printf '%-6s %-6s %8s %8s %8s %6s %9s %4s  %s\n' format cores wall user sys "cpu%" "peak MB" exit "load average"

measure() {  # format, cores (cpu list for taskset)
    local format=$1 cpus=$2 out load wall user sys cpu peak status
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    out=$(mktemp)
    /usr/bin/time -o "$out" -f '%e %U %S %P %M %x' taskset -c "$cpus" "$binary" rate "$fleet" --format "$format" \
        --output /dev/null 2>/dev/null || true
    read -r wall user sys cpu peak status < <(tail -1 "$out")
    rm -f "$out"
    printf '%-6s %-6s %8s %8s %8s %6s %9d %4s  %s\n' "$format" "$cpus" "$wall" "$user" "$sys" "$cpu" \
        "$((peak / 1024))" "$status" "$load"
}

all=$(seq -s, 0 $(($(nproc) - 1)))
for ((run = 1; run <= runs; run++)); do
    for format in text json; do
        measure "$format" "$all"
        measure "$format" 0
    done
done
