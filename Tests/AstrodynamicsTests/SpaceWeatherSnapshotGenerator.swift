import Foundation
@testable import Astrodynamics

/// Writes `Sources/Astrodynamics/Data/EmbeddedSpaceWeather.swift` from the CelesTrak file in `Data/space_weather/`:
/// only the columns the decay model reads, compactly (see ``SpaceWeatherHistory/compactDaily()``). The freshness
/// test in `SpaceWeatherFileTests` compares the checked-in file with this output; run
/// `STEWARD_REGENERATE=1 swift test --filter SpaceWeatherFileTests` after replacing the data file.
enum SpaceWeatherSnapshotGenerator {
    static func source(from history: SpaceWeatherHistory, dataFile: String) -> String {
        let first = CalendarDay(dayNumber: history.firstDay).text
        return """
        // Generated from \(dataFile) by Tests/AstrodynamicsTests/SpaceWeatherSnapshotGenerator.swift — do not edit.
        // Regenerate with: STEWARD_REGENERATE=1 swift test --filter SpaceWeatherFileTests
        //
        // Source: CelesTrak, SW-All.txt (DATATYPE CssiSpaceWeather, VERSION 1.2), updated \(history.updated);
        // format: celestrak.org/SpaceData/SpaceWx-format.php. Provenance and licence in Data/README.md.
        // Kept: observed F10.7 (columns 113–118), its 81-day centred mean (119–124) and daily Ap (79–82).

        enum EmbeddedSpaceWeather {
            /// The file's UPDATED date.
            static let updated = "\(history.updated)"
            /// Date of the first daily row.
            static let firstDay = "\(first)"
            /// Daily rows that are observed; the rest of `daily` is the DAILY_PREDICTED block.
            static let observedDays = \(history.observedDays)
            /// One day per triple "F10.7×10 centred-81-day×10 Ap", ten days a line, from `firstDay`.
            static let daily = \"\"\"
        \(history.compactDaily())
        \"\"\"
            /// MONTHLY_PREDICTED rows: "yyyy-mm F10.7×10 centred-81-day×10".
            static let monthly = \"\"\"
        \(history.compactMonthly())
        \"\"\"
        }

        """
    }
}
