extension DescriptorTemplate {
    /// A geostationary communications satellite with a graveyard re-orbit plan.
    static let geoText = #"""
# A geostationary communications satellite that re-orbits to a graveyard orbit above GEO at end of life.
# Replace the example values with your mission's.
#
# Public figures the values are modelled on:
# - Intelsat 37e (COSPAR 2017-059A): launch mass 6,438 kg, orbit 35,775 × 35,795 km, inclination 0.02°,
#   design life 15 years — UCS Satellite Database, release 2023-05-01.
# - Graveyard: raise perigee at least 235 km + 1000·C_R·A/m above GEO with eccentricity below 0.003 —
#   IADC-02-01 Rev. 4 (2025) §5.3.1.1; with C_R = 1.3, A ≈ 60 m² and m ≈ 3,000 kg that is ≈ 261 km, so the
#   plan raises perigee 300 km above GEO (35,786 km).
# - Re-orbit Δv ≈ 3.6 m/s per 100 km near GEO, ≈ 11 m/s here; at a bipropellant Isp of 290 s that is ≈ 12 kg,
#   and 20 kg is reserved. End-of-life mass, arrays and components are illustrative.
# - Monte Carlo ratings draw disposal success as a Bernoulli trial on the declared success probability
#   (end_of_life.success_probability), as the uncertainty section states.
format: steward/mission@1
id: my-geo-satellite
name: My geostationary communications satellite
phase: design
operator:
  name: Example Satellite Communications S.A.
  country: LU
  contact:
    email: satops@example.com
    around_the_clock: true
authorization:
  licence: granted
  un_registration: planned
  national_registration: planned
  itu_filing: coordinated
  standards: [ISO-24113:2023, IADC-2025]
  reports_status_changes: true
launch:
  date: 2029-01-15
  vehicle: Ariane 6
  prelaunch_conjunction_assessment: true
  upper_stage_disposal: graveyard
orbit:
  central_body: earth
  perigee_km: 35775
  apogee_km: 35795
  inclination_deg: 0.05
spacecraft:
  kind: satellite
  count: 1
  mass_kg: 3000
  launch_mass_kg: 6400
  dimensions_m: [3.0, 3.8, 7.0]
  deployables:
    - {name: solar array north, area_m2: 30}
    - {name: solar array south, area_m2: 30}
  reflectivity_coefficient: 1.3
  propulsion:
    type: chemical
    isp_s: 290
    propellant_kg: 3300
    reserved_for_disposal_kg: 20
  tracking:
    retroreflectors: false
    gnss_receiver: false
    transponder: true
  components:
    - {name: oxidiser tank, material: titanium, mass_kg: 45, shape: sphere, dimensions_m: [1.1], count: 2}
    - {name: fuel tank, material: titanium, mass_kg: 40, shape: sphere, dimensions_m: [1.0], count: 2}
    - {name: momentum wheel, material: steel, mass_kg: 8, shape: cylinder, dimensions_m: [0.35, 0.12], count: 4}
  design_for_demise: false
  passivation:
    batteries: true
    propellant: true
    pressure_vessels: true
    momentum_devices: true
  removal_interface: none
  safe_mode: true
operations:
  duration_years: 15
  conjunction_assessment:
    providers: [space-track, Space Data Association]
    phases: [early_orbit, operations, disposal]
    screens_planned_manoeuvres: true
    action_threshold_pc: 1.0e-4
  ephemeris_sharing:
    audiences: [ssa_providers, operators]
    format: CCSDS-OEM
    covariance: true
    update_interval_hours: 24
  space_weather:
    shares_anomaly_data: true
    disposal_margin_analysis: true
  lasers:
    used: false
end_of_life:
  strategy: graveyard
  disposal_orbit:
    perigee_km: 36086
    apogee_km: 36136
  success_probability: 0.9
cooperation:
  capacity_building: false
  publishes_sustainability_data: false
  partners: [Space Data Association]
uncertainty:
  disposal_success: bernoulli(0.9)
"""#
}
