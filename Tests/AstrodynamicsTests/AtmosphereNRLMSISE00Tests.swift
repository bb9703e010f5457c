import Testing
@testable import Astrodynamics

/// Official NRLMSISE-00 test cases.
///
/// Reference values: the 17 test-driver outputs listed in §7 "Testing Output" of the `DOCUMENTATION` file of
/// Dominik Brodowski's C release of NRLMSISE-00 (magnific0/nrlmsise-00; identical copy in the PyPI sdist
/// `nrlmsise00-0.1.2`, `src/c_nrlmsise-00/DOCUMENTATION`), produced by `nrlmsise-00_test.c` calling `gtd7`
/// with switch 0 = 0 (cgs units) and all other switches 1; cases 16–17 with switch 9 = −1 and every element
/// of the ap array 100. The author notes they equal the official Fortran package's outputs, except the
/// anomalous O of case 4 (Fortran prints 0, C 2.82e-42). Units: cm⁻³, g/cm³, K.
/// docs/physics.md ("Atmosphere: NRLMSISE-00") lists how they are used.
struct AtmosphereNRLMSISE00OfficialTests {
    struct OfficialCase: Sendable, CustomTestStringConvertible {
        let name: String
        let dayOfYear: Int, seconds: Double, altitude: Double, latitude: Double, longitude: Double
        let localTime: Double, f107Average: Double, f107: Double
        let activity: NRLMSISE00.GeomagneticActivity
        let he: Double, o: Double, n2: Double, o2: Double, ar: Double, rho: Double, h: Double, n: Double
        let anomalousO: Double, tExo: Double, tAlt: Double
        var testDescription: String { name }

        var input: NRLMSISE00.Input {
            NRLMSISE00.Input(dayOfYear: dayOfYear, secondsOfDay: seconds, altitudeKm: altitude,
                             latitudeDeg: latitude, longitudeDeg: longitude, localSolarTimeHours: localTime,
                             f107: f107, f107Average: f107Average, activity: activity)
        }
    }

    static let cases: [OfficialCase] = [
        OfficialCase(name: "base", dayOfYear: 172, seconds: 29000, altitude: 400, latitude: 60, longitude: -70, localTime: 16, f107Average: 150, f107: 150, activity: .daily(ap: 4),
                     he: 6.665177E+05, o: 1.138806E+08, n2: 1.998211E+07, o2: 4.022764E+05, ar: 3.557465E+03, rho: 4.074714E-15, h: 3.475312E+04, n: 4.095913E+06, anomalousO: 2.667273E+04, tExo: 1.250540E+03, tAlt: 1.241416E+03),
        OfficialCase(name: "doy 81", dayOfYear: 81, seconds: 29000, altitude: 400, latitude: 60, longitude: -70, localTime: 16, f107Average: 150, f107: 150, activity: .daily(ap: 4),
                     he: 3.407293E+06, o: 1.586333E+08, n2: 1.391117E+07, o2: 3.262560E+05, ar: 1.559618E+03, rho: 5.001846E-15, h: 4.854208E+04, n: 4.380967E+06, anomalousO: 6.956682E+03, tExo: 1.166754E+03, tAlt: 1.161710E+03),
        OfficialCase(name: "UT 75000, 1000 km", dayOfYear: 172, seconds: 75000, altitude: 1000, latitude: 60, longitude: -70, localTime: 16, f107Average: 150, f107: 150, activity: .daily(ap: 4),
                     he: 1.123767E+05, o: 6.934130E+04, n2: 4.247105E+01, o2: 1.322750E-01, ar: 2.618848E-05, rho: 2.756772E-18, h: 2.016750E+04, n: 5.741256E+03, anomalousO: 2.374394E+04, tExo: 1.239892E+03, tAlt: 1.239891E+03),
        OfficialCase(name: "100 km", dayOfYear: 172, seconds: 29000, altitude: 100, latitude: 60, longitude: -70, localTime: 16, f107Average: 150, f107: 150, activity: .daily(ap: 4),
                     he: 5.411554E+07, o: 1.918893E+11, n2: 6.115826E+12, o2: 1.225201E+12, ar: 6.023212E+10, rho: 3.584426E-10, h: 1.059880E+07, n: 2.615737E+05, anomalousO: 2.819879E-42, tExo: 1.027318E+03, tAlt: 2.068878E+02),
        OfficialCase(name: "lat 0", dayOfYear: 172, seconds: 29000, altitude: 400, latitude: 0, longitude: -70, localTime: 16, f107Average: 150, f107: 150, activity: .daily(ap: 4),
                     he: 1.851122E+06, o: 1.476555E+08, n2: 1.579356E+07, o2: 2.633795E+05, ar: 1.588781E+03, rho: 4.809630E-15, h: 5.816167E+04, n: 5.478984E+06, anomalousO: 1.264446E+03, tExo: 1.212396E+03, tAlt: 1.208135E+03),
        OfficialCase(name: "lon 0", dayOfYear: 172, seconds: 29000, altitude: 400, latitude: 60, longitude: 0, localTime: 16, f107Average: 150, f107: 150, activity: .daily(ap: 4),
                     he: 8.673095E+05, o: 1.278862E+08, n2: 1.822577E+07, o2: 2.922214E+05, ar: 2.402962E+03, rho: 4.355866E-15, h: 3.686389E+04, n: 3.897276E+06, anomalousO: 2.667273E+04, tExo: 1.220146E+03, tAlt: 1.212712E+03),
        OfficialCase(name: "LST 4", dayOfYear: 172, seconds: 29000, altitude: 400, latitude: 60, longitude: -70, localTime: 4, f107Average: 150, f107: 150, activity: .daily(ap: 4),
                     he: 5.776251E+05, o: 6.979139E+07, n2: 1.236814E+07, o2: 2.492868E+05, ar: 1.405739E+03, rho: 2.470651E-15, h: 5.291986E+04, n: 1.069814E+06, anomalousO: 2.667273E+04, tExo: 1.116385E+03, tAlt: 1.112999E+03),
        OfficialCase(name: "F10.7A 70", dayOfYear: 172, seconds: 29000, altitude: 400, latitude: 60, longitude: -70, localTime: 16, f107Average: 70, f107: 150, activity: .daily(ap: 4),
                     he: 3.740304E+05, o: 4.782720E+07, n2: 5.240380E+06, o2: 1.759875E+05, ar: 5.501649E+02, rho: 1.571889E-15, h: 8.896776E+04, n: 1.979741E+06, anomalousO: 9.121815E+03, tExo: 1.031247E+03, tAlt: 1.024848E+03),
        OfficialCase(name: "F10.7 180", dayOfYear: 172, seconds: 29000, altitude: 400, latitude: 60, longitude: -70, localTime: 16, f107Average: 150, f107: 180, activity: .daily(ap: 4),
                     he: 6.748339E+05, o: 1.245315E+08, n2: 2.369010E+07, o2: 4.911583E+05, ar: 4.578781E+03, rho: 4.564420E-15, h: 3.244595E+04, n: 5.370833E+06, anomalousO: 2.667273E+04, tExo: 1.306052E+03, tAlt: 1.293374E+03),
        OfficialCase(name: "Ap 40", dayOfYear: 172, seconds: 29000, altitude: 400, latitude: 60, longitude: -70, localTime: 16, f107Average: 150, f107: 150, activity: .daily(ap: 40),
                     he: 5.528601E+05, o: 1.198041E+08, n2: 3.495798E+07, o2: 9.339618E+05, ar: 1.096255E+04, rho: 4.974543E-15, h: 2.686428E+04, n: 4.889974E+06, anomalousO: 2.805445E+04, tExo: 1.361868E+03, tAlt: 1.347389E+03),
        OfficialCase(name: "0 km", dayOfYear: 172, seconds: 29000, altitude: 0, latitude: 60, longitude: -70, localTime: 16, f107Average: 150, f107: 150, activity: .daily(ap: 4),
                     he: 1.375488E+14, o: 0.000000E+00, n2: 2.049687E+19, o2: 5.498695E+18, ar: 2.451733E+17, rho: 1.261066E-03, h: 0.000000E+00, n: 0.000000E+00, anomalousO: 0.000000E+00, tExo: 1.027318E+03, tAlt: 2.814648E+02),
        OfficialCase(name: "10 km", dayOfYear: 172, seconds: 29000, altitude: 10, latitude: 60, longitude: -70, localTime: 16, f107Average: 150, f107: 150, activity: .daily(ap: 4),
                     he: 4.427443E+13, o: 0.000000E+00, n2: 6.597567E+18, o2: 1.769929E+18, ar: 7.891680E+16, rho: 4.059139E-04, h: 0.000000E+00, n: 0.000000E+00, anomalousO: 0.000000E+00, tExo: 1.027318E+03, tAlt: 2.274180E+02),
        OfficialCase(name: "30 km", dayOfYear: 172, seconds: 29000, altitude: 30, latitude: 60, longitude: -70, localTime: 16, f107Average: 150, f107: 150, activity: .daily(ap: 4),
                     he: 2.127829E+12, o: 0.000000E+00, n2: 3.170791E+17, o2: 8.506280E+16, ar: 3.792741E+15, rho: 1.950822E-05, h: 0.000000E+00, n: 0.000000E+00, anomalousO: 0.000000E+00, tExo: 1.027318E+03, tAlt: 2.374389E+02),
        OfficialCase(name: "50 km", dayOfYear: 172, seconds: 29000, altitude: 50, latitude: 60, longitude: -70, localTime: 16, f107Average: 150, f107: 150, activity: .daily(ap: 4),
                     he: 1.412184E+11, o: 0.000000E+00, n2: 2.104370E+16, o2: 5.645392E+15, ar: 2.517142E+14, rho: 1.294709E-06, h: 0.000000E+00, n: 0.000000E+00, anomalousO: 0.000000E+00, tExo: 1.027318E+03, tAlt: 2.795551E+02),
        OfficialCase(name: "70 km", dayOfYear: 172, seconds: 29000, altitude: 70, latitude: 60, longitude: -70, localTime: 16, f107Average: 150, f107: 150, activity: .daily(ap: 4),
                     he: 1.254884E+10, o: 0.000000E+00, n2: 1.874533E+15, o2: 4.923051E+14, ar: 2.239685E+13, rho: 1.147668E-07, h: 0.000000E+00, n: 0.000000E+00, anomalousO: 0.000000E+00, tExo: 1.027318E+03, tAlt: 2.190732E+02),
        OfficialCase(name: "ap history all 100, 400 km", dayOfYear: 172, seconds: 29000, altitude: 400, latitude: 60, longitude: -70, localTime: 16, f107Average: 150, f107: 150, activity: .history(.steady(100)),
                     he: 5.196477E+05, o: 1.274494E+08, n2: 4.850450E+07, o2: 1.720838E+06, ar: 2.354487E+04, rho: 5.881940E-15, h: 2.500078E+04, n: 6.279210E+06, anomalousO: 2.667273E+04, tExo: 1.426412E+03, tAlt: 1.408608E+03),
        OfficialCase(name: "ap history all 100, 100 km", dayOfYear: 172, seconds: 29000, altitude: 100, latitude: 60, longitude: -70, localTime: 16, f107Average: 150, f107: 150, activity: .history(.steady(100)),
                     he: 4.260860E+07, o: 1.241342E+11, n2: 4.929562E+12, o2: 1.048407E+12, ar: 4.993465E+10, rho: 2.914304E-10, h: 8.831229E+06, n: 2.252516E+05, anomalousO: 2.415246E-42, tExo: 1.027318E+03, tAlt: 1.934071E+02),    ]

    /// Relative agreement required: the reference values are printed with 7 significant digits, so their
    /// own rounding is at most 5e-7 relative.
    static let tolerance = 1e-6

    static func relativeError(_ ours: Double, _ reference: Double) -> Double {
        abs(ours - reference) / abs(reference)
    }

    @Test("official gtd7 output, all species and temperatures", arguments: cases)
    func matchesOfficialOutput(_ c: OfficialCase) {
        let out = NRLMSISE00().evaluate(c.input)
        // SI → the reference's cgs units.
        let pairs: [(String, Double, Double)] = [
            ("He", out.helium / 1e6, c.he), ("O", out.atomicOxygen / 1e6, c.o),
            ("N2", out.molecularNitrogen / 1e6, c.n2), ("O2", out.molecularOxygen / 1e6, c.o2),
            ("Ar", out.argon / 1e6, c.ar), ("rho", out.massDensity / 1e3, c.rho),
            ("H", out.hydrogen / 1e6, c.h), ("N", out.atomicNitrogen / 1e6, c.n),
            ("anomalous O", out.anomalousOxygen / 1e6, c.anomalousO),
            ("T_exo", out.exosphericTemperature, c.tExo), ("T", out.temperature, c.tAlt),
        ]
        for (label, ours, reference) in pairs {
            if reference == 0 {
                #expect(ours == 0, "\(label)")
            } else {
                #expect(Self.relativeError(ours, reference) < Self.tolerance,
                        "\(label): ours \(ours) vs \(reference)")
            }
        }
    }

    @Test("gtd7d adds anomalous oxygen to the mass density")
    func dragDensityIncludesAnomalousOxygen() {
        for c in Self.cases {
            let out = NRLMSISE00().evaluate(c.input)
            // 1.66e-24 g is the model's atomic mass unit; 16 × n(anomalous O) in cgs, converted to kg/m³.
            let expected = (c.rho + 1.66e-24 * 16 * c.anomalousO) * 1e3
            #expect(Self.relativeError(out.dragMassDensity, expected) < Self.tolerance, "\(c.name)")
        }
    }

    @Test("PointAtmosphere entry point returns the gtd7d density in kg/m³")
    func pointAtmosphereConformance() {
        // Base case with a consistent local time: LST = 29000/3600 − 70/15 h.
        let model: any PointAtmosphere = NRLMSISE00()
        let rho = model.density(altitudeKm: 400, latitudeDeg: 60, longitudeDeg: -70, dayOfYear: 172,
                                secondsOfDay: 29000, weather: SpaceWeather(f107: 150, ap: 4))
        let lst = 29000.0 / 3600 - 70.0 / 15
        let direct = NRLMSISE00().evaluate(NRLMSISE00.Input(
            dayOfYear: 172, secondsOfDay: 29000, altitudeKm: 400, latitudeDeg: 60, longitudeDeg: -70,
            localSolarTimeHours: lst, f107: 150, f107Average: 150, activity: .daily(ap: 4)))
        #expect(rho == direct.dragMassDensity)
        #expect(rho > 1e-12 && rho < 1e-11)
    }
}

/// CCMC online NRLMSISE-00 profile, recorded in JuliaSpace/SatelliteToolboxAtmosphericModels.jl
/// `test/nrlmsise00.jl` (scenario 01, from https://ccmc.gsfc.nasa.gov/modelweb/models/nrlmsise00.php):
/// 1986-06-19 21:30 UT (day 170, 77 400 s), latitude −16°, longitude 312°, F10.7 = 121, F10.7A = 80,
/// daily ap = 7. Mass density is the GTD7 total (no anomalous O). Densities are printed with 4 significant
/// digits, temperatures to 0.1 K (T) and 1 K (T∞), so we compare at that precision.
struct AtmosphereNRLMSISE00CCMCTests {
    struct CCMCRow: Sendable {
        let altitude: Double
        let o: Double, n2: Double, o2: Double, rho: Double, t: Double, tExo: Double
        let he: Double, ar: Double, h: Double, n: Double, anomalousO: Double
    }

    static let rows: [CCMCRow] = [
        CCMCRow(altitude: 0.0, o: 0.000E+00, n2: 1.918E+19, o2: 5.145E+18, rho: 1.180E-03, t: 297.7, tExo: 1027, he: 1.287E+14, ar: 2.294E+17, h: 0.000E+00, n: 0.000E+00, anomalousO: 0.000E+00),
        CCMCRow(altitude: 100.0, o: 4.244E+11, n2: 9.498E+12, o2: 2.240E+12, rho: 5.783E-10, t: 165.9, tExo: 1027, he: 1.061E+08, ar: 9.883E+10, h: 2.209E+07, n: 3.670E+05, anomalousO: 0.000E+00),
        CCMCRow(altitude: 200.0, o: 2.636E+09, n2: 2.248E+09, o2: 1.590E+08, rho: 1.838E-13, t: 829.3, tExo: 909, he: 5.491E+06, ar: 1.829E+06, h: 2.365E+05, n: 3.125E+07, anomalousO: 1.802E-09),
        CCMCRow(altitude: 300.0, o: 3.321E+08, n2: 6.393E+07, o2: 2.881E+06, rho: 1.212E-14, t: 900.6, tExo: 909, he: 3.173E+06, ar: 1.156E+04, h: 1.717E+05, n: 6.708E+06, anomalousO: 4.938E+00),
        CCMCRow(altitude: 400.0, o: 5.088E+07, n2: 2.414E+06, o2: 6.838E+04, rho: 1.510E-15, t: 907.7, tExo: 909, he: 1.979E+06, ar: 1.074E+02, h: 1.518E+05, n: 1.274E+06, anomalousO: 1.237E+03),
        CCMCRow(altitude: 500.0, o: 8.340E+06, n2: 1.020E+05, o2: 1.839E+03, rho: 2.410E-16, t: 908.5, tExo: 909, he: 1.259E+06, ar: 1.170E+00, h: 1.355E+05, n: 2.608E+05, anomalousO: 4.047E+03),
        CCMCRow(altitude: 600.0, o: 1.442E+06, n2: 4.729E+03, o2: 5.500E+01, rho: 4.543E-17, t: 908.6, tExo: 909, he: 8.119E+05, ar: 1.455E-02, h: 1.214E+05, n: 5.617E+04, anomalousO: 4.167E+03),
        CCMCRow(altitude: 700.0, o: 2.622E+05, n2: 2.394E+02, o2: 1.817E+00, rho: 1.097E-17, t: 908.6, tExo: 909, he: 5.301E+05, ar: 2.050E-04, h: 1.092E+05, n: 1.264E+04, anomalousO: 3.173E+03),
        CCMCRow(altitude: 800.0, o: 4.999E+04, n2: 1.317E+01, o2: 6.608E-02, rho: 3.887E-18, t: 908.6, tExo: 909, he: 3.503E+05, ar: 3.254E-06, h: 9.843E+04, n: 2.964E+03, anomalousO: 2.246E+03),
        CCMCRow(altitude: 900.0, o: 9.980E+03, n2: 7.852E-01, o2: 2.633E-03, rho: 1.984E-18, t: 908.6, tExo: 909, he: 2.342E+05, ar: 5.794E-08, h: 8.900E+04, n: 7.237E+02, anomalousO: 1.571E+03),
        CCMCRow(altitude: 1000.0, o: 2.082E+03, n2: 5.055E-02, o2: 1.146E-04, rho: 1.244E-18, t: 908.6, tExo: 909, he: 1.582E+05, ar: 1.151E-09, h: 8.069E+04, n: 1.836E+02, anomalousO: 1.103E+03),    ]

    @Test("CCMC online profile, 0–1000 km", arguments: rows.map(\.altitude))
    func matchesCCMC(_ altitude: Double) throws {
        let row = try #require(Self.rows.first { $0.altitude == altitude })
        let input = NRLMSISE00.Input(dayOfYear: 170, secondsOfDay: 77_400, altitudeKm: altitude,
                                     latitudeDeg: -16, longitudeDeg: 312, f107: 121, f107Average: 80,
                                     activity: .daily(ap: 7))
        let out = NRLMSISE00().evaluate(input)
        // Half a unit in the 4th significant digit is at most 5e-4 relative. One CCMC value differs by a
        // little more: He at 200 km, 5.491e6 vs our 5.4877e6 (6.0e-4), where the official C release
        // (nrlmsise00-0.1.2 sdist, compiled locally, LST = 18.3 h) gives 5.487700e6 as we do — so the
        // difference is CCMC's (its local-time or version details), and we allow 1e-3.
        let densityTolerance = 1e-3
        let pairs: [(String, Double, Double)] = [
            ("O", out.atomicOxygen / 1e6, row.o), ("N2", out.molecularNitrogen / 1e6, row.n2),
            ("O2", out.molecularOxygen / 1e6, row.o2), ("rho", out.massDensity / 1e3, row.rho),
            ("He", out.helium / 1e6, row.he), ("Ar", out.argon / 1e6, row.ar),
            ("H", out.hydrogen / 1e6, row.h), ("N", out.atomicNitrogen / 1e6, row.n),
            ("anomalous O", out.anomalousOxygen / 1e6, row.anomalousO),
        ]
        for (label, ours, reference) in pairs {
            if reference == 0 {
                // Printed as 0.000E+00: below the printable range.
                #expect(ours < 1e-30, "\(label)")
            } else {
                #expect(abs(ours - reference) / reference < densityTolerance, "\(label) at \(altitude) km: \(ours) vs \(reference)")
            }
        }
        #expect(abs(out.temperature - row.t) <= 0.051, "T at \(altitude) km: \(out.temperature)")
        #expect(abs(out.exosphericTemperature - row.tExo) <= 0.51, "T_exo at \(altitude) km")
    }
}
