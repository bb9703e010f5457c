extension DescriptorTemplate {
    /// A ~500 kg optical Earth-observation satellite in sun-synchronous orbit with hydrazine propulsion.
    static let eoSSOText = #"""
# A ~500 kg optical Earth-observation satellite in a sun-synchronous orbit, with hydrazine propulsion and a
# perigee-lowering disposal. Replace the example values with your mission's.
#
# Public figures the values are modelled on:
# - FORMOSAT-5 (NSPO, COSPAR 2017-049A): launch mass 525 kg, orbit 710 × 729 km, inclination 98.3°, design
#   life 5 years — UCS Satellite Database, release 2023-05-01.
# - Hydrazine monopropellant thrusters: vacuum Isp about 200-230 s (e.g. Aerojet Rocketdyne MR-103 data
#   sheet, about 224 s); 220 s is used.
# - Lowering perigee from about 720 km to 350 km takes Δv ≈ v·Δr/(4a) ≈ 98 m/s; at 505 kg and 220 s that is
#   about 22 kg of hydrazine, so 25 kg is reserved. Propellant load and components are illustrative.
# - Drag coefficient drawn within ± 15 % of its nominal value in Monte Carlo ratings: the order of the C_D
#   uncertainty in free-molecular flow (Moe, Moe & Wallace, J. Spacecraft Rockets 35(3), 1998, on the 15 %
#   uncertainty of densities derived with assumed drag coefficients; Gaposchkin, MIT Lincoln Laboratory
#   TR-998, 1994: traditional C_D calculations off by as much as 20 %).
format: steward/mission@1
id: my-eo-satellite
name: My Earth-observation satellite
phase: design
operator:
  name: Example Earth Observation Agency
  country: FR
  contact:
    email: flight-dynamics@example.org
    around_the_clock: true
authorization:
  licence: granted
  un_registration: planned
  national_registration: planned
  itu_filing: coordinated
  standards: [ISO-24113:2023, IADC-2025, CCSDS-OEM]
  reports_status_changes: true
launch:
  date: 2028-06-01
  vehicle: Vega-C
  prelaunch_conjunction_assessment: true
  upper_stage_disposal: controlled_reentry
orbit:
  central_body: earth
  perigee_km: 710
  apogee_km: 729
  inclination_deg: 98.3
spacecraft:
  kind: satellite
  count: 1
  mass_kg: 505
  launch_mass_kg: 525
  dimensions_m: [1.6, 1.6, 2.8]
  deployables:
    - {name: solar array wing 1, area_m2: 2.4}
    - {name: solar array wing 2, area_m2: 2.4}
  drag_coefficient: 2.2
  reflectivity_coefficient: 1.3
  propulsion:
    type: chemical
    isp_s: 220
    propellant_kg: 45
    reserved_for_disposal_kg: 25
  tracking:
    retroreflectors: true
    gnss_receiver: true
    transponder: false
  components:
    - {name: hydrazine tank, material: titanium, mass_kg: 6.5, shape: sphere, dimensions_m: [0.46]}
    - {name: reaction wheel, material: stainless_steel, mass_kg: 3.5, shape: cylinder, dimensions_m: [0.25, 0.1], count: 4}
    - {name: telescope primary mirror, material: glass, mass_kg: 9, shape: cylinder, dimensions_m: [0.45, 0.07]}
    - {name: battery, material: stainless_steel, mass_kg: 14, shape: box, dimensions_m: [0.3, 0.25, 0.2]}
  design_for_demise: false
  passivation:
    batteries: true
    propellant: true
    pressure_vessels: true
    momentum_devices: true
  removal_interface: none
  safe_mode: true
operations:
  duration_years: 5
  conjunction_assessment:
    providers: [space-track, EU SST]
    phases: [early_orbit, operations, disposal]
    screens_planned_manoeuvres: true
    action_threshold_pc: 1.0e-4
  ephemeris_sharing:
    audiences: [ssa_providers, operators]
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
    apogee_km: 729
  success_probability: 0.9
cooperation:
  capacity_building: false
  publishes_sustainability_data: true
  partners: [EU SST]
uncertainty:
  drag_coefficient: ± 15%
  disposal_success: bernoulli(0.9)
"""#
}
