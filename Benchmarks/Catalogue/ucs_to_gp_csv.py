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
With --full-physics (a benchmark workload, NOT data about these satellites) two OMM spacecraft parameters are
filled in with the assumptions of Benchmarks/Scripts/ucs-fleet.py, so every object with a mass runs the drag,
lifetime, collision and environment models:
  MASS               <- dry_mass_kg when given, else launch_mass_kg (ucs-fleet.py's A1)
  DRAG_AREA          <- face area of a cube of bulk density 150 kg/m^3, (MASS / 150)^(2/3) m^2 (ucs-fleet.py's A2)
RA_OF_ASC_NODE, ARG_OF_PERICENTER and MEAN_ANOMALY are left out: UCS does not give them, and no Steward model
reads them. Values are copied as written: a UCS value out of range (e.g. an eccentricity of 511) stays in and
Steward reports it at its line. Rows without a period, an eccentricity or an inclination are skipped and counted on stderr.

Usage: python3 Benchmarks/Catalogue/ucs_to_gp_csv.py [--full-physics] Data/ucs_satdb_2023-05-01_subset.csv OUT.csv [LIMIT]
"""
import csv, re, sys

arguments = sys.argv[1:]
full_physics = "--full-physics" in arguments
arguments = [a for a in arguments if a != "--full-physics"]
source, target = arguments[0], arguments[1]
limit = int(arguments[2]) if len(arguments) > 2 else None
columns = ["OBJECT_NAME", "OBJECT_ID", "NORAD_CAT_ID", "EPOCH", "MEAN_MOTION", "ECCENTRICITY", "INCLINATION", "MASS"]
if full_physics:
    columns.append("DRAG_AREA")
BULK_DENSITY_KG_M3 = 150.0      # ucs-fleet.py's A2


def mass_figure(text):
    """A positive mass in kg, or None (ranges such as "1,500-1,900" are not one mass)."""
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if value > 0 else None

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
        dry = row["dry_mass_kg"].strip() if mass_figure(row["dry_mass_kg"]) else ""
        record = [
            row["name"].strip(), cospar if designator.match(cospar) else "", row["norad_id"].strip(),
            "2023-05-01T00:00:00", repr(1440.0 / float(period)), ecc, inc, dry,
        ]
        if full_physics:
            mass = mass_figure(row["dry_mass_kg"]) or mass_figure(row["launch_mass_kg"])
            record[-1] = repr(mass) if mass else ""
            record.append(repr(round((mass / BULK_DENSITY_KG_M3) ** (2 / 3), 4)) if mass else "")
        writer.writerow(record)
        written += 1
        if limit and written >= limit:
            break
print(f"wrote {written} objects, skipped {skipped} rows without period/eccentricity/inclination", file=sys.stderr)
