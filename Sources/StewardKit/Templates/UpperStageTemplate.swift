extension DescriptorTemplate {
    /// A cryogenic upper stage in geostationary transfer orbit, rated on its own.
    static let upperStageText = #"""
# A cryogenic launch-vehicle upper stage left in geostationary transfer orbit after payload separation,
# rated on its own (spacecraft.kind: upper_stage). Replace the example values with your stage's.
#
# Public figures the values are modelled on:
# - Ariane 5 ESC-A: dry mass about 4.5 t, diameter 5.4 m, length about 4.7 m, one HM7B engine (vacuum Isp
#   ≈ 446 s) burning liquid hydrogen and oxygen — Ariane 5 User's Manual, Issue 5, chapter 1.
# - Standard Ariane 5 GTO from Kourou: perigee 250 km, apogee 35,943 km, inclination 6° — Ariane 5 User's
#   Manual, Issue 5, §2.4.
# - Passivation after separation (propellant venting, battery discharge): IADC-02-01 §5.2.1. Component
#   masses and sizes are illustrative for the class.
# - Drag coefficient drawn within ± 15 % of its nominal value in Monte Carlo ratings: the order of the C_D
#   uncertainty in free-molecular flow (Moe, Moe & Wallace, J. Spacecraft Rockets 35(3), 1998, on the 15 %
#   uncertainty of densities derived with assumed drag coefficients; Gaposchkin, MIT Lincoln Laboratory
#   TR-998, 1994: traditional C_D calculations off by as much as 20 %).
format: steward/mission@1
id: my-upper-stage
name: My upper stage in GTO
phase: design
operator:
  name: Example Launch Services
  country: FR
  contact:
    email: launch-ops@example.com
    around_the_clock: true
authorization:
  licence: granted
  un_registration: planned
  national_registration: planned
  itu_filing: not_applicable
  standards: [ISO-24113:2023]
  reports_status_changes: true
launch:
  date: 2028-11-20
  vehicle: Ariane 6
  prelaunch_conjunction_assessment: true
  upper_stage_disposal: not_applicable
orbit:
  central_body: earth
  perigee_km: 250
  apogee_km: 35943
  inclination_deg: 6.0
spacecraft:
  kind: upper_stage
  count: 1
  mass_kg: 4540
  dimensions_m: [5.4, 4.7]
  drag_coefficient: 2.2
  reflectivity_coefficient: 1.3
  propulsion:
    type: chemical
    isp_s: 446
    propellant_kg: 14900
    reserved_for_disposal_kg: 0
  tracking:
    retroreflectors: false
    gnss_receiver: false
    transponder: false
  components:
    - {name: HM7B engine, material: inconel, mass_kg: 165, shape: cylinder, dimensions_m: [1.0, 2.0]}
    - {name: liquid oxygen tank, material: aluminium, mass_kg: 350, shape: cylinder, dimensions_m: [3.0, 1.6]}
    - {name: helium pressurant sphere, material: titanium, mass_kg: 30, shape: sphere, dimensions_m: [0.7], count: 2}
  design_for_demise: false
  passivation:
    batteries: true
    propellant: true
    pressure_vessels: true
    momentum_devices: not_applicable
  removal_interface: none
  safe_mode: false
operations:
  duration_years: 0.01
  conjunction_assessment:
    providers: [space-track]
    phases: [launch, early_orbit]
    screens_planned_manoeuvres: true
    action_threshold_pc: 1.0e-4
  ephemeris_sharing:
    audiences: [ssa_providers]
    format: CCSDS-OEM
    covariance: false
    update_interval_hours: 24
  space_weather:
    shares_anomaly_data: false
    disposal_margin_analysis: false
  lasers:
    used: false
end_of_life:
  strategy: natural_decay
  success_probability: 1.0
cooperation:
  capacity_building: false
  publishes_sustainability_data: true
  partners: [EU SST]
uncertainty:
  drag_coefficient: ± 15%
"""#
}
