import Astrodynamics
import Diagnostics
import Foundation

/// Reading the operational orbit in any of its three forms.
extension MissionLoader {
    static func readOrbit(_ section: SectionReader, launchDate: CalendarDate?) -> Orbit? {
        var reader = section
        let centralBody = reader.oneOf("central_body", CentralBody.self) ?? .earth
        let epochWritten = reader.has("epoch")
        let epoch = reader.date("epoch")
        let inclinationWritten = reader.has("inclination_deg")
        let inclination = reader.number("inclination_deg")

        // Which forms were used, in the order of their first key in the file, so a conflict is reported
        // at the form the user added second.
        let forms = reader.section.alternatives
        let used = forms.filter { form in form.keys.contains(where: reader.has) }

        let perigee = reader.number("perigee_km")
        let apogee = reader.number("apogee_km")
        let semiMajorAxis = reader.number("semi_major_axis_km")
        let eccentricity = reader.number("eccentricity")
        let tleEntry = reader.entry("tle")
        let ommEntry = reader.entry("omm")
        reader.finish()

        guard let first = used.first else {
            reader.error("'orbit' must give the orbit as perigee_km and apogee_km, as semi_major_axis_km and eccentricity, as tle, or as omm",
                         at: reader.node.location)
            return nil
        }
        if used.count > 1 {
            let second = used[1]
            let locations = second.keys.compactMap { reader.location(of: $0) }
            reader.error("'orbit' is given both as \(first.name) and as \(second.name): give exactly one form",
                         at: locations.min() ?? reader.node.location)
            return nil
        }
        // The form's keys must come together.
        let missing = first.keys.filter { !reader.has($0) }
        if !missing.isEmpty {
            let given = first.keys.filter(reader.has)
            reader.error("missing required key '\(missing[0])' in 'orbit' (\(given.joined(separator: ", ")) is given)",
                         at: reader.node.location)
            return nil
        }

        let definition: OrbitDefinition
        var resolvedEpoch = epoch ?? launchDate
        var resolvedInclination = inclination
        switch first.name {
        case "tle":
            guard let tleEntry else { return nil }
            if centralBody != .earth {
                reader.error("'orbit.tle' describes an Earth orbit, but central_body is \(centralBody.rawValue)",
                             at: tleEntry.value.location)
                return nil
            }
            for (written, key) in [(epochWritten, "epoch"), (inclinationWritten, "inclination_deg")] where written {
                reader.error("'orbit.\(key)' cannot be given with 'tle': the element set already states it",
                             at: reader.location(of: key) ?? reader.node.location)
            }
            guard let tle = readTwoLineElements(tleEntry.value, context: reader.context) else { return nil }
            definition = .twoLineElements(tle)
            resolvedEpoch = CalendarDate(date: tle.epoch)
            resolvedInclination = tle.inclinationDeg
        case "omm":
            guard let ommEntry else { return nil }
            if centralBody != .earth {
                reader.error("'orbit.omm' gives mean elements about the Earth, but central_body is \(centralBody.rawValue)",
                             at: ommEntry.value.location)
                return nil
            }
            for (written, key) in [(epochWritten, "epoch"), (inclinationWritten, "inclination_deg")] where written {
                reader.error("'orbit.\(key)' cannot be given with 'omm': the message already states it",
                             at: reader.location(of: key) ?? reader.node.location)
            }
            guard let record = readOrbitMessage(ommEntry.value, context: reader.context) else { return nil }
            definition = .orbitMeanElementsMessage(record.elements, semiMajorAxis: record.semiMajorAxisSource)
            resolvedEpoch = CalendarDate(date: record.elements.epoch)
            resolvedInclination = record.elements.inclinationDeg
            if !record.physical.isEmpty { reader.context.orbitMessagePhysical = OrbitMessagePhysical(properties: record.physical) }
        case "semi_major_axis_km/eccentricity":
            guard let semiMajorAxis, let eccentricity else { return nil }
            definition = .elements(semiMajorAxisKm: semiMajorAxis, eccentricity: eccentricity)
        default:
            guard let perigee, let apogee else { return nil }
            guard perigee <= apogee else {
                reader.error("'orbit.perigee_km' must be at most apogee_km (\(NumberFormatting.shortest(apogee))), found \(NumberFormatting.shortest(perigee))",
                             at: reader.location(of: "perigee_km") ?? reader.node.location)
                return nil
            }
            definition = .apsides(perigeeKm: perigee, apogeeKm: apogee)
        }
        let orbit = Orbit(centralBody: centralBody, epoch: resolvedEpoch, definition: definition,
                          inclinationDeg: resolvedInclination)
        if orbit.perigeeKm < 0 {
            let key = first.keys[0]
            let depth = NumberFormatting.shortest((-orbit.perigeeKm * 10).rounded() / 10)
            let notes = key == "semi_major_axis_km" ? ["semi_major_axis_km is measured from the centre of the body, not from its surface"] : []
            reader.error("the orbit's perigee would be \(depth) km below the surface of the \(centralBody.rawValue) (equatorial radius \(NumberFormatting.shortest(centralBody.equatorialRadiusKm)) km)",
                         at: reader.location(of: key) ?? reader.node.location, notes: notes)
            return nil
        }
        return orbit
    }

    /// Reads `tle:` written as a block scalar (`|`) or as a list of two or three strings, and maps the
    /// parser's line/column errors to positions in the descriptor.
    static func readTwoLineElements(_ node: YAMLNode, context: LoadContext) -> TwoLineElementSet? {
        let what = "orbit.tle"
        // Each element-set line with the file position of its first character (nil: position unknown), and for a
        // quoted list item the scalar's locator, which maps columns past escapes (`\u0032`) back to the source.
        var lines: [(text: String, start: SourceLocation?, locator: ScalarLocator?)] = []
        if let items = node.elements {
            for (index, item) in items.enumerated() {
                guard let text = item.string("\(what)[\(index)]", bag: &context.bag) else { return nil }
                let quoted = !(item.scalar?.isPlain ?? true)
                lines.append((text, item.location.advanced(byColumns: quoted ? 1 : 0),
                              quoted ? ScalarLocator(source: context.source, start: item.location) : nil))
            }
        } else if let scalar = node.scalar, !scalar.isNull {
            let isBlock = context.source.line(node.location.line).map { line in
                let rest = line.unicodeScalars.dropFirst(max(0, node.location.column - 1))
                return rest.first == "|" || rest.first == ">"
            } ?? false
            let textLines = scalar.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (offset, raw) in textLines.enumerated() {
                let text = String(raw)
                guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                var start: SourceLocation?
                if isBlock {
                    let fileLine = node.location.line + 1 + offset
                    let indent = context.source.line(fileLine).map { $0.unicodeScalars.prefix(while: { $0 == " " }).count } ?? 0
                    start = SourceLocation(file: node.location.file, line: fileLine, column: indent + 1)
                }
                lines.append((text, start, nil))
            }
        } else {
            context.bag.error("'\(what)' must be a two-line element set (a block scalar '|' or a list of lines), found \(node.kindDescription)",
                              at: node.location)
            return nil
        }
        switch TwoLineElementSet.parse(lines: lines.map(\.text)) {
        case .success(let tle):
            return tle
        case .failure(let failure):
            let hasTitle = lines.count == 3
            for error in failure.errors {
                let index = hasTitle ? error.line : error.line - 1
                var location = node.location
                if lines.count == 2 || lines.count == 3, lines.indices.contains(index) {
                    if let locator = lines[index].locator {
                        location = locator.location(ofValueOffset: error.column - 1, in: lines[index].text)
                    } else if let start = lines[index].start {
                        location = start.advanced(byColumns: error.column - 1)
                    }
                }
                context.bag.error("invalid two-line element set: \(error.message)", at: location,
                                  notes: ["in element line \(error.line), column \(error.column)"])
            }
            return nil
        }
    }
}

extension CalendarDate {
    /// A date-time from a `Date`, written in ISO 8601 UTC with millisecond precision.
    public init(date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: date)
        let milliseconds = Int((Double(c.nanosecond ?? 0) / 1_000_000).rounded())
        let text = String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0,
                          c.hour ?? 0, c.minute ?? 0, c.second ?? 0, min(milliseconds, 999))
        self.text = text
        self.date = date
    }
}
