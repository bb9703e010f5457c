extension DescriptorTemplate {
    /// A 3U CubeSat on a sun-synchronous rideshare, no propulsion.
    static let cubesatText = #"""
# A 3U CubeSat technology demonstrator on a sun-synchronous rideshare orbit, without propulsion: it leaves
# orbit by natural decay. Replace the example values with your mission's.
#
# Public figures the values are modelled on:
# - 3U envelope 100 × 100 × 340.5 mm and a 6 kg ceiling: CubeSat Design Specification Rev. 14.1 (Cal Poly,
#   2022), §3.2; flight 3U CubeSats typically weigh 3-5 kg, 4 kg is used.
# - 520 × 530 km at 97.5°: the sun-synchronous rideshare orbits of SpaceX Transporter missions (about
#   500-560 km, 97.4-97.6°), from public launch reports.
# - Drag coefficient 2.2, customary for compact satellites in free-molecular flow (Vallado, Fundamentals of
#   Astrodynamics and Applications, 4th ed., §8.6).
# - Drag coefficient drawn within ± 15 % of its nominal value in Monte Carlo ratings: the order of the C_D
#   uncertainty in free-molecular flow (Moe, Moe & Wallace, J. Spacecraft Rockets 35(3), 1998, on the 15 %
#   uncertainty of densities derived with assumed drag coefficients; Gaposchkin, MIT Lincoln Laboratory
#   TR-998, 1994: traditional C_D calculations off by as much as 20 %).
format: steward/mission@1
id: my-cubesat
name: My 3U CubeSat
phase: design
operator:
  name: Example University Space Lab
  country: NO
  contact:
    email: ops@example.org
    around_the_clock: false
authorization:
  licence: applied
  un_registration: planned
  national_registration: planned
  itu_filing: filed
  standards: [ISO-24113:2023, CCSDS-OEM]
  reports_status_changes: true
launch:
  date: 2027-09-01
  vehicle: Falcon 9 (rideshare)
  prelaunch_conjunction_assessment: true
  upper_stage_disposal: controlled_reentry
orbit:
  central_body: earth
  perigee_km: 520
  apogee_km: 530
  inclination_deg: 97.5
spacecraft:
  kind: satellite
  count: 1
  mass_kg: 4
  dimensions_m: [0.1, 0.1, 0.34]
  deployables:
    - {name: deployable solar panels, area_m2: 0.06}
  drag_coefficient: 2.2
  reflectivity_coefficient: 1.3
  propulsion:
    type: none
  tracking:
    retroreflectors: false
    gnss_receiver: true
    transponder: false
  components:
    - {name: battery pack, material: stainless_steel, mass_kg: 0.3, shape: box, dimensions_m: [0.09, 0.09, 0.03]}
    - {name: reaction wheel, material: stainless_steel, mass_kg: 0.13, shape: cylinder, dimensions_m: [0.045, 0.02], count: 3}
    - {name: structure, material: aluminium, mass_kg: 0.6, shape: box, dimensions_m: [0.1, 0.1, 0.34]}
  design_for_demise: true
  passivation:
    batteries: true
    propellant: not_applicable
    pressure_vessels: not_applicable
    momentum_devices: true
  removal_interface: none
  safe_mode: true
operations:
  duration_years: 3
  conjunction_assessment:
    providers: [space-track]
    phases: [early_orbit, operations]
    screens_planned_manoeuvres: false
    action_threshold_pc: 1.0e-4
  ephemeris_sharing:
    audiences: [ssa_providers, operators]
    format: CCSDS-OEM
    covariance: false
    update_interval_hours: 24
  space_weather:
    shares_anomaly_data: true
    disposal_margin_analysis: false
  lasers:
    used: false
end_of_life:
  strategy: natural_decay
  success_probability: 1.0
  declared:
    orbital_lifetime_years: 8
cooperation:
  capacity_building: true
  publishes_sustainability_data: true
  partners: [Norwegian Space Agency]
uncertainty:
  drag_coefficient: ± 15%
"""#
}
