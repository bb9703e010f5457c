/// Escaping for GitHub Actions workflow commands such as
/// `::error file=mission.yaml,line=12,title=B.9::casualty risk 3e-4 exceeds 1e-4`.
///
/// The runner reads one command per line and splits properties on `,` and `:`, so those characters are
/// percent-encoded: in the message `%`, CR and LF; in property values also `:` and `,` — the encoding the
/// runner decodes, as implemented by the Actions toolkit (`escapeData` / `escapeProperty` in
/// `@actions/core` `command.ts`). Every other control or bidi character takes `TextEscaping`'s visible
/// `\u{HEX}` form: the runner prints the command line in the job log, which is a terminal emulator.
public enum WorkflowCommandEscaping {
    /// Escapes a command's message (the text after `::`).
    public static func message(_ raw: String) -> String {
        escape(raw, property: false)
    }

    /// Escapes a property value (`file=…`, `title=…`).
    public static func property(_ raw: String) -> String {
        escape(raw, property: true)
    }

    /// A complete command line: `::name key=value,…::message`, properties in the order given.
    public static func command(_ name: String, properties: KeyValuePairs<String, String> = [:], message: String) -> String {
        let renderedProperties = properties.map { "\($0.key)=\(property($0.value))" }.joined(separator: ",")
        return "::" + name + (renderedProperties.isEmpty ? "" : " " + renderedProperties) + "::" + self.message(message)
    }

    private static func escape(_ raw: String, property: Bool) -> String {
        var output = ""
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            case ":" where property: output += "%3A"
            case "," where property: output += "%2C"
            default:
                if TextEscaping.isUnsafe(scalar) {
                    output += TextEscaping.escape(scalar)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}
