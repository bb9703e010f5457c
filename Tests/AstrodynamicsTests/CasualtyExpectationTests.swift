import Foundation
import Testing
@testable import Astrodynamics

@Suite struct CasualtyExpectationTests {
    @Test func embeddedPopulationTableIsComplete() {
        let table = PopulationByLatitude.gpw4
        #expect(table.bands.count == 360)
        // Data/README.md: the 2020 column sums to 7.758e9.
        let total = table.bands.reduce(0) { $0 + $1.population2020 }
        #expect(abs(total / 7.758e9 - 1) < 1e-3)
    }

    @Test(arguments: [0.0, 1.0, 28.5, 51.6, 97.5, 120.0, 180.0])
    func timeAtLatitudeWeightsIntegrateToOne(inclinationDeg: Double) {
        let sum = PopulationByLatitude.gpw4.bands.reduce(0) {
            $0 + LatitudeDwell.fractionOfTime(southDeg: $1.southLatitudeDeg, northDeg: $1.northLatitudeDeg,
                                              inclinationDeg: inclinationDeg)
        }
        #expect(abs(sum - 1) < 1e-12)
    }

    @Test func handComputedOneDegreeInclination() {
        // i = 1°: the orbit stays within ±1°, four 0.5° bands. Time fractions from F(φ) = ½ + asin(sin φ/sin i)/π:
        // 0–0.5°: asin(sin 0.5°/sin 1°)/π = 0.1666737; 0.5–1°: 0.5 − 0.1666737 = 0.3333263 (each hemisphere).
        // Population 2020 and areas are the table rows for ±1° (Data/population_by_latitude_gpw4.csv).
        let inner = 0.1666737, outer = 0.3333263
        let density = outer * (26_070_719 / 2_225_384.5 + 20_884_622 / 2_225_384.5)
            + inner * (29_939_462 / 2_225_554.0 + 22_628_821 / 2_225_554.0) // people per km²
        let expectation = CasualtyExpectation(casualtyAreaM2: 2.0, inclinationDeg: 1.0,
                                              populationYear: PopulationYear(2020))
        #expect(abs(expectation.populationDensityPerM2 / (density * 1e-6) - 1) < 1e-6)
        #expect(abs(expectation.uncontrolledRisk / (2.0 * density * 1e-6) - 1) < 1e-6)
    }

    @Test func matchesIndependentQuadratureAt51Point6Degrees() {
        // Oracle: Python 3 midpoint quadrature (2000 points per band) of the density cos φ/(π√(sin²i − sin²φ)) of
        // Byers et al. 2022 over the same table, 2020: 1.73305e-5 people/m². The quadrature loses 0.05 % of the
        // weight at the singular edge bands, so agreement is to 1 %.
        let density = CasualtyExpectation.populationDensityPerM2(inclinationDeg: 51.6, year: PopulationYear(2020))
        #expect(abs(density / 1.73305e-5 - 1) < 0.01)
        let sunSynchronous = CasualtyExpectation.populationDensityPerM2(inclinationDeg: 97.5, year: PopulationYear(2020))
        #expect(abs(sunSynchronous / 1.14062e-5 - 1) < 0.01)
    }

    @Test func populationYearsInterpolateAndProject() {
        let p2005 = CasualtyExpectation.populationDensityPerM2(inclinationDeg: 51.6, year: PopulationYear(2005))
        let p2020 = CasualtyExpectation.populationDensityPerM2(inclinationDeg: 51.6, year: PopulationYear(2020))
        let p2010 = CasualtyExpectation.populationDensityPerM2(inclinationDeg: 51.6, year: PopulationYear(2010))
        #expect(abs(p2010 - (p2005 + (p2020 - p2005) / 3)) < 1e-15)
        let p2030 = CasualtyExpectation.populationDensityPerM2(inclinationDeg: 51.6, year: PopulationYear(2030))
        // UN WPP 2022: 8.5e9 in 2030 against the grid's 7.758e9 in 2020.
        #expect(abs(p2030 / p2020 - 8.5 / 7.758) < 1e-9)
        #expect(PopulationYear(1990).method == .clampedTo2005)
    }

    @Test func controlledReentryAndFleet() {
        // NASA-STD-8719.14C Req. 4.7-1c: a 10 % chance of a failed burn multiplies the uncontrolled risk by 0.1.
        let uncontrolled = CasualtyExpectation(casualtyAreaM2: 10, inclinationDeg: 51.6, populationYear: PopulationYear(2020))
        let controlled = CasualtyExpectation(casualtyAreaM2: 10, inclinationDeg: 51.6, populationYear: PopulationYear(2020),
                                             failedBurnProbability: 0.1, spacecraftCount: 40)
        #expect(abs(controlled.riskPerSpacecraft - 0.1 * uncontrolled.uncontrolledRisk) < 1e-15)
        #expect(abs(controlled.fleetRisk - 40 * controlled.riskPerSpacecraft) < 1e-15)
    }

    @Test func consistentWithTheStandardsSevenSquareMetreEquivalence() {
        // NASA-STD-8719.14C Req. 4.7-1d accepts D_A < 7 m² in place of E < 1e-4, which implies an average
        // population density near 1e-4/7 = 1.43e-5 m⁻². A consistency check (an inference, not a tabulated value):
        // LEO inclinations stay within ±50 % of it with the 2020 grid (28.5°: +47 %, most people live at 20–35° N).
        for inclination in [28.5, 51.6, 65, 97.5] {
            let density = CasualtyExpectation.populationDensityPerM2(inclinationDeg: inclination,
                                                                     year: PopulationYear(2020))
            #expect(abs(density / (1e-4 / 7) - 1) < 0.5)
        }
    }

    @Test func polarOrbitsSeeFewerPeoplePerSquareMetreThanMidInclinations() {
        // Most people live between 20° and 40° N, so a 30–50° orbit spends more of its time over them.
        let midLatitude = CasualtyExpectation.populationDensityPerM2(inclinationDeg: 40, year: PopulationYear(2020))
        let polar = CasualtyExpectation.populationDensityPerM2(inclinationDeg: 90, year: PopulationYear(2020))
        #expect(midLatitude > polar)
    }
}
