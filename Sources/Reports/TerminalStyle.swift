/// ANSI styling that is a no-op unless colour was asked for. The caller (the CLI) decides whether
/// stdout is a terminal; reporters never look at the environment themselves.
struct TerminalStyle: Sendable {
    let enabled: Bool

    enum Colour: String {
        case red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36", grey = "90"
    }

    func paint(_ text: String, _ colour: Colour, bold: Bool = false) -> String {
        guard enabled else { return text }
        return "\u{1B}[\(bold ? "1;" : "")\(colour.rawValue)m\(text)\u{1B}[0m"
    }

    func bold(_ text: String) -> String {
        enabled ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}
