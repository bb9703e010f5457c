#!/usr/bin/env python3
"""Convert the UCS Satellite Database subset into Steward mission descriptors for the fleet benchmark.

Usage:  python3 Benchmarks/Scripts/ucs-fleet.py Data/ucs_satdb_2023-05-01_subset.csv OUT_DIR
Then:   /usr/bin/time -v steward rate OUT_DIR --format json --output /dev/null   (docs/physics.md, "Speed")

Standard library only; the output is deterministic (same CSV in, byte-identical files out).

DATA (from the CSV, UCS Satellite Database release 2023-05-01, the copy in Data/):
  name, NORAD number, launch date, launch vehicle, perigee/apogee altitude, inclination, launch mass, dry mass,
  expected lifetime.

ASSUMPTIONS (invented for a benchmark workload, NOT data about these satellites):
  A1  On-orbit mass = the UCS dry mass when given, else the launch mass (propellant ignored).
  A2  Size: a cube of bulk density 150 kg/m³ (side = (mass / 150)^(1/3) m). A round number in the range of
      small-satellite buses; no UCS field gives dimensions.
  A3  Propulsion: spacecraft of 100 kg or more have chemical propulsion, I_sp 220 s (hydrazine class),
      propellant 10 % of the launch mass of which half is reserved for disposal; lighter ones have none.
  A4  Disposal: perigee below 2,000 km -> uncontrolled re-entry, and for propelled spacecraft a disposal orbit
      with the perigee lowered by a quarter of its altitude (floor 150 km), apogee kept; perigee at
      35,000-36,600 km -> graveyard, disposal orbit 300 km above the operational one; anything else ->
      natural decay, no disposal orbit.
  A5  Components: propelled spacecraft carry one titanium propellant tank (sphere, 2 % of the mass, diameter
      from the propellant volume at 1,000 kg/m³) and four stainless-steel reaction wheels (0.5 % of the mass
      each, cylinders 0.25 m × 0.1 m); lighter spacecraft carry one aluminium box for the structure (30 % of
      the mass, the A2 cube).
  A6  Mission duration = the UCS expected lifetime when given, else unknown (field left out).
  A7  Phase "operating" for every row (they are catalogued, launched satellites).
Rows without perigee, apogee or inclination, or with no mass at all, are skipped and counted on stderr.
Control characters (mis-encoded bytes in a few UCS names) are removed from names.
Fields not listed here are left out, so Steward treats them as unknown.
"""
import csv
import json
import os
import re
import sys
import unicodedata

BULK_DENSITY_KG_M3 = 150.0        # A2
PROPULSION_MIN_MASS_KG = 100.0    # A3
ISP_S = 220.0                     # A3
PROPELLANT_FRACTION = 0.10        # A3
LEO_PERIGEE_LIMIT_KM = 2000.0     # A4
GRAVEYARD_RAISE_KM = 300.0        # A4


def number(text):
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return value if value == value else None


def clean(text):
    """The name without control characters (a few UCS names carry mis-encoded C1 bytes)."""
    return "".join(c for c in (text or "") if unicodedata.category(c) != "Cc").strip()


def descriptor(row):
    perigee, apogee = number(row["perigee_km"]), number(row["apogee_km"])
    inclination = number(row["inclination_deg"])
    launch_mass, dry_mass = number(row["launch_mass_kg"]), number(row["dry_mass_kg"])
    mass = dry_mass if dry_mass and dry_mass > 0 else launch_mass          # A1
    if perigee is None or apogee is None or inclination is None or not mass or mass <= 0:
        return None
    perigee, apogee = min(perigee, apogee), max(perigee, apogee)
    side = round((mass / BULK_DENSITY_KG_M3) ** (1 / 3), 3)                # A2
    spacecraft = {"count": 1, "mass_kg": mass, "dimensions_m": [side, side, side]}
    if launch_mass and launch_mass > 0:
        spacecraft["launch_mass_kg"] = max(launch_mass, mass)
    propelled = mass >= PROPULSION_MIN_MASS_KG
    if propelled:                                                          # A3
        propellant = round(PROPELLANT_FRACTION * max(launch_mass or mass, mass), 2)
        spacecraft["propulsion"] = {"type": "chemical", "isp_s": ISP_S, "propellant_kg": propellant,
                                    "reserved_for_disposal_kg": round(propellant / 2, 2)}
        tank_diameter = round((6 * propellant / 1000 / 3.141592653589793) ** (1 / 3), 3)
        spacecraft["components"] = [                                        # A5
            {"name": "propellant tank", "material": "titanium", "mass_kg": round(0.02 * mass, 2),
             "shape": "sphere", "dimensions_m": [max(tank_diameter, 0.05)]},
            {"name": "reaction wheel", "material": "stainless_steel", "mass_kg": round(0.005 * mass, 2),
             "shape": "cylinder", "dimensions_m": [0.25, 0.1], "count": 4}]
    else:
        spacecraft["propulsion"] = {"type": "none"}
        spacecraft["components"] = [
            {"name": "structure", "material": "aluminium", "mass_kg": round(0.3 * mass, 3),
             "shape": "box", "dimensions_m": [side, side, side]}]
    end_of_life = {}
    if perigee < LEO_PERIGEE_LIMIT_KM:                                     # A4
        end_of_life["strategy"] = "uncontrolled_reentry"
        if propelled:
            end_of_life["disposal_orbit"] = {"perigee_km": round(max(150.0, 0.75 * perigee), 1), "apogee_km": apogee}
    elif 35000 <= perigee <= 36600:
        end_of_life["strategy"] = "graveyard"
        end_of_life["disposal_orbit"] = {"perigee_km": perigee + GRAVEYARD_RAISE_KM,
                                         "apogee_km": apogee + GRAVEYARD_RAISE_KM}
    else:
        end_of_life["strategy"] = "natural_decay"
    mission = {"format": "steward/mission@1", "id": f"ucs-{row['norad_id'] or 'unknown'}",
               "name": clean(row["name"]) or "unnamed", "phase": "operating",
               "orbit": {"central_body": "earth", "perigee_km": perigee, "apogee_km": apogee,
                         "inclination_deg": inclination},
               "spacecraft": spacecraft, "end_of_life": end_of_life}
    launch = {}
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["launch_date"] or ""):
        launch["date"] = row["launch_date"]
    if (row["launch_vehicle"] or "").strip():
        launch["vehicle"] = row["launch_vehicle"].strip()
    if launch:
        mission["launch"] = launch
    duration = number(row["expected_lifetime_yr"])                         # A6
    if duration and duration > 0:
        mission["operations"] = {"duration_years": duration}
    return mission


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 64
    source, out_dir = argv[1], argv[2]
    os.makedirs(out_dir, exist_ok=True)
    written = skipped = 0
    seen = set()
    with open(source, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            mission = descriptor(row)
            if mission is None:
                skipped += 1
                continue
            stem = mission["id"]
            while stem in seen:           # duplicate or missing NORAD numbers
                stem += "-x"
            seen.add(stem)
            mission["id"] = stem
            with open(os.path.join(out_dir, stem + ".json"), "w", encoding="utf-8") as out:
                json.dump(mission, out, ensure_ascii=False, indent=1, sort_keys=True)
                out.write("\n")
            written += 1
    sys.stderr.write(f"{written} descriptors written to {out_dir}, {skipped} rows skipped (missing orbit or mass)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
