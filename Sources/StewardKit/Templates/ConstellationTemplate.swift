extension DescriptorTemplate {
    /// One shell of a LEO broadband constellation with electric propulsion and a servicing interface.
    static let constellationText = #"""
# One orbital shell of a LEO broadband constellation: identical satellites with electric propulsion, designed
# to demise, each with a docking plate for removal by a servicer. Replace the example values with your
# mission's; describe each shell or spacecraft type in its own descriptor.
#
# Public figures the values are modelled on:
# - OneWeb first generation: orbit 1175 × 1180 km, inclination 87.8°, launch mass 147.7 kg, design life
#   5 years — UCS Satellite Database, release 2023-05-01 (record OneWeb-0006, NORAD 44057); 648 satellites in
#   18 planes — eoPortal, "OneWeb Minisatellite Constellation".
# - Xenon Hall-effect thrusters: Isp about 1,500 s for SPT-class thrusters (Goebel & Katz, Fundamentals of
#   Electric Propulsion, JPL 2008, ch. 7).
# - Magnetic docking plates on most of the fleet for removal by Astroscale's ELSA-M (UK Space Agency, 2024).
# - Envelope, propellant load, components and disposal orbit are illustrative.
# - Drag coefficient drawn within ± 15 % of its nominal value in Monte Carlo ratings: the order of the C_D
#   uncertainty in free-molecular flow (Moe, Moe & Wallace, J. Spacecraft Rockets 35(3), 1998, on the 15 %
#   uncertainty of densities derived with assumed drag coefficients; Gaposchkin, MIT Lincoln Laboratory
#   TR-998, 1994: traditional C_D calculations off by as much as 20 %).
format: steward/mission@1
id: my-constellation-shell
name: My broadband constellation, shell 1
phase: design
operator:
  name: Example Broadband Ltd
  country: GB
  contact:
    email: constellation-ops@example.com
    around_the_clock: true
authorization:
  licence: granted
  un_registration: planned
  national_registration: planned
  itu_filing: coordinated
  standards: [ISO-24113:2023, IADC-2025, CCSDS-OEM]
  reports_status_changes: true
launch:
  date: 2028-03-01
  vehicle: Soyuz ST-B
  prelaunch_conjunction_assessment: true
  upper_stage_disposal: controlled_reentry
orbit:
  central_body: earth
  perigee_km: 1175
  apogee_km: 1180
  inclination_deg: 87.8
spacecraft:
  kind: satellite
  count: 648
  mass_kg: 145
  launch_mass_kg: 148
  dimensions_m: [1.0, 1.0, 1.3]
  deployables:
    - {name: solar array, area_m2: 4.5}
  drag_coefficient: 2.2
  reflectivity_coefficient: 1.3
  propulsion:
    type: electric
    isp_s: 1500
    propellant_kg: 8
    reserved_for_disposal_kg: 3
  tracking:
    retroreflectors: true
    gnss_receiver: true
    transponder: false
  components:
    - {name: xenon tank, material: cfrp, mass_kg: 2.5, shape: sphere, dimensions_m: [0.35]}
    - {name: reaction wheel, material: aluminium, mass_kg: 1.2, shape: cylinder, dimensions_m: [0.2, 0.08], count: 3}
    - {name: battery, material: aluminium, mass_kg: 6, shape: box, dimensions_m: [0.3, 0.2, 0.15]}
  design_for_demise: true
  passivation:
    batteries: true
    propellant: true
    pressure_vessels: true
    momentum_devices: true
  removal_interface: magnetic_plate
  safe_mode: true
operations:
  duration_years: 5
  conjunction_assessment:
    providers: [space-track, Space Data Association]
    phases: [early_orbit, operations, disposal]
    screens_planned_manoeuvres: true
    action_threshold_pc: 1.0e-4
  ephemeris_sharing:
    audiences: [ssa_providers, operators, public]
    format: CCSDS-OEM
    covariance: true
    update_interval_hours: 8
  space_weather:
    shares_anomaly_data: true
    disposal_margin_analysis: true
  lasers:
    used: false
end_of_life:
  strategy: uncontrolled_reentry
  disposal_orbit:
    perigee_km: 350
    apogee_km: 350
  success_probability: 0.95
  declared:
    orbital_lifetime_years: 2
cooperation:
  capacity_building: false
  publishes_sustainability_data: true
  partners: [ESA, Astroscale]
uncertainty:
  drag_coefficient: ± 15%
  disposal_success: bernoulli(0.95)
"""#
}
