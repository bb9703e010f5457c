extension DescriptorTemplate {
    /// A lunar orbiter in a low polar orbit, ending with a deliberate impact.
    static let lunarText = #"""
# A lunar mapping orbiter in a low polar orbit around the Moon, ending with a deliberate surface impact.
# Altitudes are above the Moon's equatorial radius. Replace the example values with your mission's.
#
# Public figures the values are modelled on:
# - NASA Lunar Reconnaissance Orbiter: launch mass 1,916 kg including 898 kg of hydrazine, launched on
#   Atlas V 401, primary mission in a 50 km circular polar lunar orbit — NASA LRO launch press kit (June 2009).
# - Moon equatorial radius 1738.1 km — NASA Moon Fact Sheet.
# - Low lunar orbits have no atmospheric decay and are destabilised by mascons; disposal by controlled impact,
#   as for GRAIL (2012) and LADEE (2014). End-of-mission mass, reserve and components are illustrative.
# - Monte Carlo ratings draw disposal success as a Bernoulli trial on the declared success probability
#   (end_of_life.success_probability), as the uncertainty section states.
format: steward/mission@1
id: my-lunar-orbiter
name: My lunar orbiter
phase: design
operator:
  name: Example Space Science Agency
  country: US
  contact:
    email: flight-ops@example.org
    around_the_clock: true
authorization:
  licence: granted
  un_registration: planned
  national_registration: planned
  itu_filing: coordinated
  standards: [ISO-24113:2023, CCSDS-OEM]
  reports_status_changes: true
launch:
  date: 2029-06-18
  vehicle: Atlas V 401
  prelaunch_conjunction_assessment: true
  upper_stage_disposal: graveyard
orbit:
  central_body: moon
  perigee_km: 50
  apogee_km: 50
  inclination_deg: 90
spacecraft:
  kind: satellite
  count: 1
  mass_kg: 1100
  launch_mass_kg: 1916
  dimensions_m: [3.9, 2.7, 2.6]
  deployables:
    - {name: solar array, area_m2: 10.7}
  reflectivity_coefficient: 1.3
  propulsion:
    type: chemical
    isp_s: 220
    propellant_kg: 898
    reserved_for_disposal_kg: 12
  tracking:
    retroreflectors: true
    gnss_receiver: false
    transponder: true
  components:
    - {name: hydrazine tank, material: titanium, mass_kg: 40, shape: sphere, dimensions_m: [1.1], count: 2}
    - {name: reaction wheel, material: steel, mass_kg: 7, shape: cylinder, dimensions_m: [0.3, 0.1], count: 4}
  design_for_demise: false
  passivation:
    batteries: true
    propellant: true
    pressure_vessels: true
    momentum_devices: true
  removal_interface: none
  safe_mode: true
operations:
  duration_years: 3
  conjunction_assessment:
    providers: [in-house flight dynamics]
    phases: [operations, disposal]
    screens_planned_manoeuvres: true
    action_threshold_pc: 1.0e-4
  ephemeris_sharing:
    audiences: [operators, public]
    format: CCSDS-OEM
    covariance: false
    update_interval_hours: 24
  space_weather:
    shares_anomaly_data: true
    disposal_margin_analysis: false
  lasers:
    used: false
end_of_life:
  strategy: surface_impact
  success_probability: 0.95
cooperation:
  capacity_building: true
  publishes_sustainability_data: true
  partners: [ESA, JAXA]
uncertainty:
  disposal_success: bernoulli(0.95)
"""#
}
