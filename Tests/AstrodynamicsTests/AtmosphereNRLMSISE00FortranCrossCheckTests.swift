import Testing
@testable import Astrodynamics

/// Cross-check against NRL's own Fortran NRLMSISE-00 (not the C port the coefficients were taken from):
/// PyPI `pymsis` 0.13.0, `pymsis.calculate(date, lon, lat, alt, f107s=[…], f107as=[…], aps=[[ap]*7], version=0)`,
/// which wraps the official Fortran `GTD7D` (mass density includes anomalous oxygen, kg/m³) and derives local
/// time as UT + longitude/15. Dates are in 2003 (the model has no year dependence); run 2026-11-28 with explicit
/// indices. pymsis returns single-precision results, so agreement is expected to ~1e-6 only; we require 2e-5.
struct AtmosphereNRLMSISE00FortranCrossCheckTests {
    struct Point: Sendable {
        let dayOfYear: Int, seconds: Double, altitude: Double, latitude: Double, longitude: Double
        let f107Average: Double, f107: Double, ap: Double
        let massDensity: Double, temperature: Double
    }

    static let points: [Point] = [
        Point(dayOfYear: 166, seconds: 19772, altitude: 90, latitude: -17.9, longitude: -162.6, f107Average: 193.2, f107: 162.7, ap: 46.6, massDensity: 3.277559017e-06, temperature: 1.797993164e+02),
        Point(dayOfYear: 260, seconds: 28140, altitude: 120, latitude: -78.6, longitude: -23.9, f107Average: 80.5, f107: 67.7, ap: 34.0, massDensity: 1.910632719e-08, temperature: 3.980101929e+02),
        Point(dayOfYear: 290, seconds: 16226, altitude: 150, latitude: 76.1, longitude: 47.0, f107Average: 157.4, f107: 130.3, ap: 46.8, massDensity: 2.094421525e-09, temperature: 7.793653564e+02),
        Point(dayOfYear: 26, seconds: 28977, altitude: 200, latitude: -77.1, longitude: 129.0, f107Average: 113.4, f107: 98.1, ap: 9.4, massDensity: 2.524182807e-10, temperature: 1.006759094e+03),
        Point(dayOfYear: 158, seconds: 73434, altitude: 250, latitude: 53.7, longitude: -114.9, f107Average: 157.2, f107: 171.0, ap: 29.8, massDensity: 9.822288816e-11, temperature: 1.314208252e+03),
        Point(dayOfYear: 281, seconds: 8229, altitude: 300, latitude: 10.9, longitude: 42.8, f107Average: 144.5, f107: 150.2, ap: 62.2, massDensity: 3.277177141e-11, temperature: 9.344674072e+02),
        Point(dayOfYear: 239, seconds: 76750, altitude: 350, latitude: 72.0, longitude: -49.8, f107Average: 107.3, f107: 94.5, ap: 62.4, massDensity: 7.252786913e-12, temperature: 1.178936279e+03),
        Point(dayOfYear: 42, seconds: 75290, altitude: 400, latitude: -34.0, longitude: -1.8, f107Average: 121.5, f107: 121.7, ap: 48.7, massDensity: 3.262264374e-12, temperature: 1.037459717e+03),
        Point(dayOfYear: 38, seconds: 15475, altitude: 450, latitude: 2.0, longitude: -120.6, f107Average: 121.3, f107: 148.0, ap: 33.7, massDensity: 1.376394766e-12, temperature: 1.016677979e+03),
        Point(dayOfYear: 343, seconds: 10173, altitude: 500, latitude: 45.0, longitude: 26.3, f107Average: 201.3, f107: 189.5, ap: 55.6, massDensity: 9.444035181e-13, temperature: 9.816218262e+02),
        Point(dayOfYear: 305, seconds: 65100, altitude: 550, latitude: 13.6, longitude: -15.8, f107Average: 196.0, f107: 240.1, ap: 37.9, massDensity: 2.296084763e-12, temperature: 1.456830200e+03),
        Point(dayOfYear: 341, seconds: 8519, altitude: 600, latitude: -74.7, longitude: 72.5, f107Average: 167.1, f107: 208.4, ap: 65.8, massDensity: 5.733121768e-13, temperature: 1.569836548e+03),
        Point(dayOfYear: 146, seconds: 50566, altitude: 650, latitude: 65.8, longitude: -55.1, f107Average: 211.1, f107: 202.6, ap: 48.9, massDensity: 5.043265610e-13, temperature: 1.532012329e+03),
        Point(dayOfYear: 253, seconds: 7727, altitude: 700, latitude: -47.9, longitude: -76.5, f107Average: 180.8, f107: 177.0, ap: 73.3, massDensity: 8.811596336e-14, temperature: 1.084063477e+03),
        Point(dayOfYear: 255, seconds: 10561, altitude: 800, latitude: -56.7, longitude: -35.4, f107Average: 111.7, f107: 96.2, ap: 34.4, massDensity: 5.938771186e-15, temperature: 8.242470093e+02),
        Point(dayOfYear: 282, seconds: 36493, altitude: 900, latitude: 35.1, longitude: 175.1, f107Average: 172.4, f107: 167.4, ap: 18.5, massDensity: 9.034898955e-15, temperature: 1.056829956e+03),
        Point(dayOfYear: 43, seconds: 23097, altitude: 1000, latitude: -59.3, longitude: 57.1, f107Average: 71.8, f107: 84.3, ap: 14.6, massDensity: 8.289904043e-16, temperature: 9.561132812e+02),
        Point(dayOfYear: 145, seconds: 536, altitude: 1200, latitude: -60.2, longitude: 12.5, f107Average: 161.5, f107: 152.4, ap: 10.0, massDensity: 2.741393758e-15, temperature: 8.978356323e+02),
        Point(dayOfYear: 264, seconds: 80949, altitude: 110, latitude: 26.3, longitude: 86.3, f107Average: 138.5, f107: 165.1, ap: 76.2, massDensity: 8.330429324e-08, temperature: 2.556968689e+02),
        Point(dayOfYear: 349, seconds: 73304, altitude: 180, latitude: -18.3, longitude: -36.4, f107Average: 85.5, f107: 92.8, ap: 5.0, massDensity: 4.050317859e-10, temperature: 7.650436401e+02),
        Point(dayOfYear: 35, seconds: 27363, altitude: 275, latitude: -10.1, longitude: -140.4, f107Average: 160.1, f107: 135.5, ap: 45.3, massDensity: 4.544183085e-11, temperature: 9.648349609e+02),
        Point(dayOfYear: 275, seconds: 13299, altitude: 425, latitude: 76.3, longitude: 40.9, f107Average: 80.5, f107: 71.9, ap: 30.1, massDensity: 9.819497646e-13, temperature: 9.721748657e+02),
        Point(dayOfYear: 325, seconds: 33063, altitude: 625, latitude: 77.4, longitude: 36.8, f107Average: 141.1, f107: 120.2, ap: 39.0, massDensity: 1.368113657e-13, temperature: 1.065146362e+03),
        Point(dayOfYear: 239, seconds: 62966, altitude: 850, latitude: -2.7, longitude: -149.1, f107Average: 85.3, f107: 81.4, ap: 21.2, massDensity: 2.796648047e-15, temperature: 7.307951050e+02),
    ]

    @Test("agrees with the official Fortran (pymsis 0.13.0, version 0) at 24 points, 90–1200 km")
    func agreesWithFortran() {
        let model = NRLMSISE00()
        for p in Self.points {
            let rho = model.density(altitudeKm: p.altitude, latitudeDeg: p.latitude, longitudeDeg: p.longitude,
                                    dayOfYear: p.dayOfYear, secondsOfDay: p.seconds,
                                    weather: SpaceWeather(f107: p.f107, f107Average: p.f107Average, ap: p.ap))
            #expect(abs(rho / p.massDensity - 1) < 2e-5, "ρ at \(p.altitude) km: \(rho) vs \(p.massDensity)")
            let out = model.evaluate(NRLMSISE00.Input(
                dayOfYear: p.dayOfYear, secondsOfDay: p.seconds, altitudeKm: p.altitude, latitudeDeg: p.latitude,
                longitudeDeg: p.longitude, f107: p.f107, f107Average: p.f107Average, activity: .daily(ap: p.ap)))
            #expect(abs(out.temperature / p.temperature - 1) < 2e-5, "T at \(p.altitude) km")
        }
    }
}
