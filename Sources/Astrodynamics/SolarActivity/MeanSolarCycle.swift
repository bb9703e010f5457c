import Foundation

/// A mean 11-year solar cycle in F10.7, anchored to the real phase of cycle 25.
///
/// Timing:
/// - Cycle 25 began at the minimum of the 13-month smoothed sunspot number in **December 2019**
///   (WDC-SILSO, Royal Observatory of Belgium, "Solar cycle minimum passed in December 2019", sidc.be/silso,
///   21 Aug 2020).
/// - NASA, NOAA and the Solar Cycle Prediction Panel announced on 15 Oct 2024 that the Sun had reached its
///   solar-maximum period; the smoothed maximum is placed in **October 2024** here (the brief's SIDC/NOAA timing).
/// - Later cycles repeat with the mean cycle length of 11 years, keeping cycle 25's rise time (4.83 years)
///   and a 6.17-year decline; epochs before December 2019 use the same pattern backwards.
///
/// Amplitude (monthly-mean F10.7, the scale of a smoothed cycle):
/// - **70 sfu at minimum.** CelesTrak's monthly predicted values for the coming minimum reach 70.2 sfu
///   (2031-06 row of `SW-All.csv`, observed-flux column; copy read from GitHub Sergiogd112/thermodense), just
///   above the quiet-Sun background of about 67 sfu (Clette, J. Space Weather Space Clim. 11, 2 (2021)).
/// - **155 sfu at maximum.** The same predictions peak at 154.7 sfu (2035-01 row) for cycle 26, and Holland &
///   Vaughn's relation F10.7 = 67 + 0.97 R + 17.6 (e^(−0.035 R) − 1) (quoted in Hathaway, Living Rev. Solar Phys.
///   7, 1 (2010), eq. 3; R in the pre-2015 sunspot scale) at the mean cycle amplitude of 179 in the current scale
///   (NOAA SWPC), i.e. R ≈ 107 after the 0.6 rescaling (Clette et al. 2014), gives ≈ 154 sfu.
/// - The cycle mean is then 112.5 sfu, below STELA's long-term constant of 140: the mean cycle gives *longer*
///   lifetimes than `constant(f107: 140)`, on the conservative side NASA-STD-8719.14C §4.6.3.1 asks for.
///   Real cycles differ: cycle 24 peaked lower, cycles 22 and 25 higher.
/// - Ap = 15 throughout, the same long-term mean as STELA's LOS value; Ap's cycle dependence is weak and peaks in the
///   declining phase, so it is not modelled.
///
/// The shape is a half-cosine rise and a half-cosine decline, so the daily and 81-day F10.7 coincide (a smoothed
/// cycle has no 27-day rotation signal).
public struct MeanSolarCycle: Sendable, Hashable, Codable {
    public static let identifier = "cycle25-anchored-mean@1"
    public static let summary = "Mean 11-year solar cycle anchored to cycle 25 (minimum Dec 2019, maximum Oct 2024): "
        + "F10.7 from 70 to 155 sfu (mean 112.5), Ap = 15."

    /// 13-month smoothed minimum that started cycle 25: 2019-12-15 00:00 UTC (mid-month).
    public static let cycle25Minimum = Date(timeIntervalSince1970: 1_576_368_000)
    /// Smoothed maximum of cycle 25: 2024-10-15 00:00 UTC (mid-month).
    public static let cycle25Maximum = Date(timeIntervalSince1970: 1_728_950_400)
    /// Mean cycle length, years.
    public static let cycleLengthYears = 11.0
    public static let minimumF107 = 70.0
    public static let maximumF107 = 155.0
    public static var meanF107: Double { (minimumF107 + maximumF107) / 2 }
    public static let ap = 15.0

    public init() {}

    /// Rise time from minimum to maximum, years (cycle 25: Dec 2019 → Oct 2024).
    public static var riseYears: Double {
        cycle25Maximum.timeIntervalSince(cycle25Minimum) / secondsPerYear
    }

    /// Fraction of the way from minimum (0) to maximum (1) activity at an instant.
    public func activityFraction(at date: Date) -> Double {
        let years = date.timeIntervalSince(Self.cycle25Minimum) / secondsPerYear
        var phase = years.truncatingRemainder(dividingBy: Self.cycleLengthYears)
        if phase < 0 { phase += Self.cycleLengthYears }
        let rise = Self.riseYears
        if phase < rise {
            return (1 - cos(Double.pi * phase / rise)) / 2
        }
        let decline = Self.cycleLengthYears - rise
        return (1 + cos(Double.pi * (phase - rise) / decline)) / 2
    }

    public func weather(at date: Date) -> SpaceWeather {
        let f107 = Self.minimumF107 + (Self.maximumF107 - Self.minimumF107) * activityFraction(at: date)
        return SpaceWeather(f107: f107, f107Average: f107, ap: Self.ap)
    }
}
