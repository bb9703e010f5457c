import Foundation
import Testing
@testable import Astrodynamics

/// The frozen altitude profile the decay model uses is only a faster order of the same sums: it must give the
/// table's own densities, to rounding, inside its range and (by falling back) outside it.
@Suite("Mean density profile")
struct AtmosphereProfileTests {
    @Test("the NRLMSISE-00 table's frozen column reproduces its direct look-ups to 1e-12",
          arguments: [(150.0, 15.0, 97.5, 350.0, 729.0), (70.0, 4.0, 51.6, 500.0, 520.0), (250.0, 80.0, 0.0, 180.0, 1_400.0),
                      (120.0, 30.0, 63.4, 90.0, 2_500.0)])
    func columnMatchesTable(f107: Double, ap: Double, inclination: Double, perigee: Double, apogee: Double) {
        let table = NRLMSISE00MeanTable.standard
        let weather = SpaceWeather(f107: f107, ap: ap)
        let profile = table.profile(weather: weather, inclinationDeg: inclination, altitudeRangeKm: perigee...apogee)
        guard case .column = profile.storage else {
            Issue.record("the table should answer with a frozen column")
            return
        }
        // Inside the range, at its ends, and outside it (where the column falls back to the table).
        for step in 0...40 {
            let altitude = perigee - 50 + (apogee - perigee + 100) * Double(step) / 40
            let direct = table.meanDensity(altitudeKm: altitude, weather: weather, inclinationDeg: inclination)
            let frozen = profile.density(altitudeKm: altitude)
            #expect(abs(frozen / direct - 1) < 1e-12, "\(altitude) km: \(frozen) vs \(direct)")
        }
    }

    @Test("a decay run's inclination slice reproduces the table's look-ups to 1e-12, inside and beyond the grid",
          arguments: [(150.0, 15.0, 97.5, 350.0, 729.0), (70.0, 4.0, 51.6, 500.0, 520.0), (250.0, 80.0, 0.0, 60.0, 1_400.0),
                      (120.0, 30.0, 116.6, 90.0, 2_500.0), (40.0, 300.0, 90.0, 1_450.0, 1_700.0)])
    func sliceMatchesTable(f107: Double, ap: Double, inclination: Double, perigee: Double, apogee: Double) {
        let table = NRLMSISE00MeanTable.standard
        let weather = SpaceWeather(f107: f107, ap: ap)
        var slice = NRLMSISE00MeanTable.InclinationSlice(table: table, inclinationDeg: inclination)
        // A slice is reused with other activity and ranges within a run: prepare it elsewhere first.
        slice.prepare(f107: 100, ap: 15, altitudeRangeKm: 400...410)
        slice.prepare(f107: weather.f107Average, ap: weather.ap, altitudeRangeKm: perigee...apogee)
        for step in 0...40 {
            let altitude = perigee + (apogee - perigee) * Double(step) / 40
            let direct = table.meanDensity(altitudeKm: altitude, weather: weather, inclinationDeg: inclination)
            let sliced = slice.density(altitudeKm: altitude)
            #expect(abs(sliced / direct - 1) < 1e-12, "\(altitude) km: \(sliced) vs \(direct)")
        }
    }

    @Test("a frozen column's node span is the altitude stencil's, inside, at and beyond the grid's ends")
    func stencilSpanMatchesStencil() {
        let altitudes = NRLMSISE00MeanTable.Grid.standard.altitudesKm
        for x in stride(from: 0.0, through: 1_700, by: 0.25) + altitudes {
            let stencil = NRLMSISE00MeanTable.CubicStencil(altitudes, x, beyondEnds: .extrapolateLinearly)
            let span = NRLMSISE00MeanTable.CubicStencil.nodes(altitudes, x)
            #expect(span.first == stencil.first && span.count == stencil.count, "at \(x) km")
        }
    }

    @Test("other models answer every look-up themselves")
    func otherModelsUseTheModel() {
        let profile = ExponentialAtmosphere().profile(weather: SpaceWeather(f107: 150, ap: 15), inclinationDeg: 51.6,
                                                      altitudeRangeKm: 300...400)
        #expect(profile.density(altitudeKm: 747.2119) == ExponentialAtmosphere().density(altitudeKm: 747.2119))
    }
}
