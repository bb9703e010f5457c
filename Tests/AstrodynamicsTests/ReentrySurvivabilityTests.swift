import Testing
@testable import Astrodynamics

@Suite struct ReentrySurvivabilityTests {
    let simulation = ObjectReentrySimulation()

    // NASA-STD-8719.14C §4.7.5.1.2: titanium, beryllium and stainless steel parts tend to survive; aluminium
    // usually demises. The tank is a typical small propellant tank (8 kg, 0.5 m titanium sphere).
    @Test func titaniumTankSurvivesWithMoreThan15J() {
        let outcome = simulation.run(material: .titanium, massKg: 8, shape: .sphere(diameterM: 0.5))
        #expect(outcome.survives)
        #expect(outcome.survivingMassKg > 7.9)
        #expect(outcome.peakTemperatureK < ReentryMaterial.titanium.demiseTemperature)
        #expect(outcome.impactEnergyJ > ReentrySurvivability.hazardousEnergyThresholdJ)
    }

    @Test func aluminiumPanelDemisesNearBreakup() throws {
        // A 1 m × 1 m × 2 mm aluminium panel (5.4 kg).
        let outcome = simulation.run(material: .aluminium, massKg: 5.4, shape: .plate(xM: 1, yM: 1, thicknessM: 0.002))
        #expect(!outcome.survives)
        let altitude = try #require(outcome.demiseAltitudeKm)
        #expect(altitude > 60 && altitude <= 78)
        #expect(outcome.impactEnergyJ == 0)
    }

    // Real objects: the Delta II second stage that re-entered on 1997-01-22 left its stainless-steel propellant
    // tank (about 2.7 m × 2.1 m, ≈250 kg) near Georgetown, Texas, and its titanium pressurant sphere (≈30 kg) near
    // Seguin (SeeSat-L, 25 Feb 1997, forwarding Space News of 24 Feb 1997; NASA ODPO). ORSAT also predicted both
    // to survive (Rochelle et al., "Spacecraft Orbital Debris Reentry: Aerothermal Analysis", 1997). The sphere's
    // diameter was not found, so two plausible sizes are tried.
    @Test func deltaIISecondStagePartsSurviveAsRecovered() {
        let tank = simulation.run(material: .stainlessSteel, massKg: 250,
                                  shape: .cylinder(diameterM: 2.1, lengthM: 2.7))
        #expect(tank.survives)
        for diameter in [0.5, 0.8] {
            #expect(simulation.run(material: .titanium, massKg: 30, shape: .sphere(diameterM: diameter)).survives)
        }
    }

    // ESA design-for-demise work lists titanium, silicon carbide and steel as the critical (surviving) materials of
    // LEO spacecraft: Ti tanks, SiC optical benches, steel reaction-wheel flywheels (stardust-r.github.io wiki,
    // WP2 D4D, summarising ESA CleanSat).
    @Test func designForDemiseCriticalMaterialsSurvive() {
        #expect(simulation.run(material: .siliconCarbide, massKg: 6,
                               shape: .plate(xM: 0.4, yM: 0.3, thicknessM: 0.015)).survives)
        #expect(simulation.run(material: .steel, massKg: 3, shape: .cylinder(diameterM: 0.2, lengthM: 0.08)).survives)
        // The same flywheel made of aluminium demises.
        #expect(!simulation.run(material: .aluminium, massKg: 1.0,
                                shape: .cylinder(diameterM: 0.2, lengthM: 0.08)).survives)
    }

    @Test func smallerAluminiumSpheresDemiseHigher() throws {
        // Solid aluminium spheres: heat load per unit mass falls with size, so larger spheres penetrate deeper.
        var previous = 100.0
        for diameter in [0.05, 0.1, 0.2] {
            let mass = ReentryMaterial.aluminium.density * Double.pi / 6 * diameter * diameter * diameter
            let outcome = simulation.run(material: .aluminium, massKg: mass, shape: .sphere(diameterM: diameter))
            let altitude = try #require(outcome.demiseAltitudeKm)
            #expect(altitude < previous)
            previous = altitude
        }
    }

    @Test func casualtyAreaFollowsNASAStandardEquation() {
        let tank = ReentryComponent(name: "propellant tank", material: .titanium, massKg: 8,
                                    shape: .sphere(diameterM: 0.5), count: 2)
        let panel = ReentryComponent(name: "panel", material: .aluminium, massKg: 5.4,
                                     shape: .plate(xM: 1, yM: 1, thicknessM: 0.002))
        let result = ReentrySurvivability.assess([tank, panel])
        #expect(result.survivingComponentNames == ["propellant tank"])
        // Hand-computed: A = π·0.25² = 0.196350 m², √A = 0.443113, (0.6 + 0.443113)² = 1.088085 per tank, × 2.
        #expect(abs(result.casualtyAreaM2 - 2 * 1.088085) < 1e-5)
    }

    @Test func declaredResultTakesPrecedenceAndIsMarked() {
        let declaredSurvivor = ReentryComponent(name: "panel", material: .aluminium, massKg: 5.4,
                                                shape: .plate(xM: 1, yM: 1, thicknessM: 0.002), declaredSurvives: true)
        let declaredDemised = ReentryComponent(name: "tank", material: .titanium, massKg: 8,
                                               shape: .sphere(diameterM: 0.5), declaredSurvives: false)
        let result = ReentrySurvivability.assess([declaredSurvivor, declaredDemised])
        #expect(result.components[0].survives && result.components[0].isDeclared)
        #expect(!result.components[0].modelled.survives)
        #expect(!result.components[1].survives && result.components[1].isDeclared)
        #expect(result.components[1].modelled.survives)
        #expect(result.survivingComponentNames == ["panel"])
    }

    @Test func survivorBelow15JoulesDoesNotCount() {
        // A 50 g CFRP sheet: it survives (CFRP barely demises) but falls at a few m/s.
        let sheet = ReentryComponent(name: "sheet", material: .cfrp, massKg: 0.05,
                                     shape: .plate(xM: 0.2, yM: 0.2, thicknessM: 0.001))
        let result = ReentrySurvivability.assess([sheet])
        #expect(result.components[0].survives)
        #expect(result.components[0].modelled.impactEnergyJ < 15)
        #expect(result.survivingComponentNames.isEmpty)
        #expect(result.casualtyAreaM2 == 0)
    }

    @Test func descriptorMaterialsAndShapesResolve() {
        for name in ["aluminium", "aluminum", "titanium", "stainless_steel", "steel", "beryllium", "copper", "glass",
                     "cfrp", "silicon_carbide", "inconel"] {
            #expect(ReentryMaterial.named(name) != nil)
        }
        #expect(ReentryMaterial.named("unobtainium") == nil)
        #expect(ComponentShape(name: "box", dimensionsM: [0.09, 0.09, 0.03]) == .box(xM: 0.09, yM: 0.09, zM: 0.03))
        #expect(ComponentShape(name: "sphere", dimensionsM: [0.5, 0.2]) == nil)
        #expect(ComponentShape(name: "cylinder", dimensionsM: [0.5, -1]) == nil)
    }
}
