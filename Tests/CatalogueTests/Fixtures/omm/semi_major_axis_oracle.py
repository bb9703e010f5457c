"""Oracle values for Tests/CatalogueTests/SemiMajorAxisMessageTests.swift (OMMs giving SEMI_MAJOR_AXIS).

Convention checked (docs/mission-format.md, orbit.omm): an SGP-theory OMM's SEMI_MAJOR_AXIS is the Keplerian
counterpart of its Kozai mean motion, n = sqrt(GM/a^3) with the message's GM or WGS-72's 398600.8 km^3/s^2 (the
relation Orekit's OmmParser uses, a = cbrt(mu/n^2)). Steward turns a back into n and un-Kozais it like a TLE's;
here python-sgp4's sgp4init does the un-Kozai independently (satrec.a x 6378.135 km). ccsds-ndm checks that the
test messages are valid OMMs. Usage: python3 semi_major_axis_oracle.py  (pip install sgp4==2.27 ccsds-ndm==3.1.1)
"""
import tempfile
from math import pi, sqrt
from pathlib import Path
from sgp4.api import Satrec, WGS72
from sgp4.earth_gravity import wgs72
from ccsds_ndm.ndm_io import NdmIo

L1 = "1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927"
L2 = "2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537"
tle = Satrec.twoline2rv(L1, L2, WGS72)
print("TLE: satrec.a x R =", repr(tle.a * wgs72.radiusearthkm), "km")
n_rad_s = 15.72125391 * 2 * pi / 86400
print("Kepler a of the Kozai n under WGS-72:", repr((398600.8 / n_rad_s**2) ** (1 / 3)), "km")


def sgp4_axis(sma_km, mu):
    """Kozai n from (a, GM), then SGP4's own initialisation: (n rev/day, un-Kozai'd a km)."""
    n = sqrt(mu / sma_km**3) * 60.0  # rad/min
    s = Satrec()
    s.sgp4init(WGS72, 'i', 25544, tle.jdsatepoch + tle.jdsatepochF - 2433281.5, tle.bstar, tle.ndot, tle.nddot,
               tle.ecco, tle.argpo, tle.inclo, tle.mo, n, tle.nodeo)
    return n * 1440 / (2 * pi), s.a * wgs72.radiusearthkm


for sma, mu in [(6730.96, 398600.8), (6730.96, 398600.4418), ((398600.8 / n_rad_s**2) ** (1 / 3), 398600.8)]:
    n, a = sgp4_axis(sma, mu)
    print(f"SEMI_MAJOR_AXIS = {sma!r}, GM = {mu}: n = {n!r} rev/day, a = {a!r} km")

base = (Path(__file__).parent / "iss_2008-09-20.omm.kvn").read_text()
with tempfile.TemporaryDirectory() as scratch:
    for theory, line in [("SGP4", "SEMI_MAJOR_AXIS = 6730.96 [km]"), ("DSST", "SEMI_MAJOR_AXIS = 6731.5")]:
        path = Path(scratch) / f"{theory}.kvn"
        path.write_text(base.replace("MEAN_MOTION = 15.72125391", line)
                        .replace("MEAN_ELEMENT_THEORY = SGP4", f"MEAN_ELEMENT_THEORY = {theory}"))
        omm = NdmIo().from_path(path)
        print(f"ccsds-ndm reads the {theory} message:", omm.body.segment.data.mean_elements.semi_major_axis)
