#!/usr/bin/env python3
"""Converts Data/ucs_satdb_2023-05-01_subset.csv (UCS Satellite Database, 2023-05-01) to a GP-like CSV.

The output has the CelesTrak GP column names for what the UCS data states, and nothing it does not:
  OBJECT_NAME        <- name
  OBJECT_ID          <- cospar_id (left empty when it is not of the form YYYY-NNNP{PP})
  NORAD_CAT_ID       <- norad_id
  EPOCH              <- 2023-05-01T00:00:00, the date of the UCS database release (it gives no element epoch)
  MEAN_MOTION        <- 1440 / period_min (rev/day); a Keplerian value read as SGP4's Kozai mean motion, so the
                        semi-major axis Steward derives differs from UCS's apsides by a few km in LEO
  ECCENTRICITY       <- eccentricity
  INCLINATION        <- inclination_deg
  MASS               <- dry_mass_kg when given (an OMM spacecraft parameter; the closest UCS figure to the
                        end-of-mission mass); launch mass is not used
RA_OF_ASC_NODE, ARG_OF_PERICENTER and MEAN_ANOMALY are left out: UCS does not give them, and no Steward model
reads them. Values are copied as written: a UCS value out of range (e.g. an eccentricity of 511) stays in and
Steward reports it at its line. Rows without a period, an eccentricity or an inclination are skipped and counted on stderr.

Usage: python3 Benchmarks/Catalogue/ucs_to_gp_csv.py Data/ucs_satdb_2023-05-01_subset.csv OUT.csv [LIMIT]
"""
import csv, re, sys

source, target = sys.argv[1], sys.argv[2]
limit = int(sys.argv[3]) if len(sys.argv) > 3 else None
columns = ["OBJECT_NAME", "OBJECT_ID", "NORAD_CAT_ID", "EPOCH", "MEAN_MOTION", "ECCENTRICITY", "INCLINATION", "MASS"]
designator = re.compile(r"^\d{4}-\d{3}[A-Z]{1,3}$")
written = skipped = 0
with open(source, newline="") as f, open(target, "w", newline="") as out:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in csv.DictReader(f):
        period, ecc, inc = row["period_min"].strip(), row["eccentricity"].strip(), row["inclination_deg"].strip()
        if not period or not ecc or not inc or float(period) <= 0:
            skipped += 1
            continue
        cospar = row["cospar_id"].strip()
        dry = row["dry_mass_kg"].strip()
        try:
            dry = dry if dry and float(dry) > 0 else ""
        except ValueError:      # ranges such as "1,500-1,900" are not one mass
            dry = ""
        writer.writerow([
            row["name"].strip(), cospar if designator.match(cospar) else "", row["norad_id"].strip(),
            "2023-05-01T00:00:00", repr(1440.0 / float(period)), ecc, inc, dry,
        ])
        written += 1
        if limit and written >= limit:
            break
print(f"wrote {written} objects, skipped {skipped} rows without period/eccentricity/inclination", file=sys.stderr)
