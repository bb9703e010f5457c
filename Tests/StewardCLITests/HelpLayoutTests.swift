import Foundation
import Testing

/// Every command's `--help` read at 80 columns, as on a narrow terminal or when piped: ArgumentParser re-flows a
/// discussion line to the width, so discussions are written one paragraph per source line and examples short
/// enough to stay whole. The commands are found by walking SUBCOMMANDS from `steward --help`, so a new verb is
/// checked without editing this file.
@Suite struct HelpLayoutTests {
    static let width = 80

    /// `steward`, then every subcommand listed under SUBCOMMANDS, recursively.
    static func allCommands() throws -> [[String]] {
        var found: [[String]] = []
        var queue: [[String]] = [[]]
        while !queue.isEmpty {
            let command = queue.removeFirst()
            found.append(command)
            let help = try StewardBinary.run(command + ["--help"], environment: ["COLUMNS": "\(width)"]).stdout
            guard let range = help.range(of: "SUBCOMMANDS:\n") else { continue }
            for line in help[range.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
                if line.isEmpty { break }
                // A subcommand's row starts at column 2: "  name    abstract"; wrapped abstracts are indented deeper.
                guard line.hasPrefix("  "), !line.hasPrefix("   "),
                      let name = line.split(separator: " ").first.map(String.init), name != "help" else { continue }
                queue.append(command + [name.replacingOccurrences(of: " (default)", with: "")])
            }
        }
        return found
    }

    /// Problems in one help text: lines wider than `width` (USAGE excepted: ArgumentParser prints it on one
    /// line, and a hand-written usage would drift from the options), prose lines broken before they were full
    /// (a hard line break inside a paragraph), and an option whose help states its default twice.
    static func problems(in help: String) -> [String] {
        var problems: [String] = []
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in lines where line.count > width && !line.hasPrefix("USAGE: ") {
            problems.append("wider than \(width): \(line)")
        }
        // Prose paragraphs are the lines that start at column 0 (examples and option rows are indented).
        for (line, next) in zip(lines, lines.dropFirst()) {
            guard !line.isEmpty, !next.isEmpty, !line.hasPrefix(" "), !next.hasPrefix(" "),
                  !line.hasSuffix(":"), !line.hasPrefix("USAGE: ") else { continue }
            let nextWord = next.split(separator: " ").first.map(String.init) ?? ""
            // ArgumentParser fills at most width - 1 columns before a following word (it looks for the last space
            // within the first `width` characters), so a line was broken early only if the word fitted there.
            if line.count + 1 + nextWord.count <= width - 1 {
                problems.append("line broken before the width (\(line.count) columns), then '\(nextWord)…': \(line)")
            }
        }
        // One option's rows: from a row starting "  -" to the next such row or blank line.
        var option = ""
        for line in lines + [""] {
            if line.hasPrefix("  -") || !line.hasPrefix(" ") {
                if option.components(separatedBy: "default").count > 2 { problems.append("default twice: \(option)") }
                option = line.hasPrefix("  -") ? line : ""
            } else if !option.isEmpty {
                option += " " + line
            }
        }
        return problems
    }

    @Test func everyCommandsHelpReadsCleanlyAtEightyColumns() throws {
        let commands = try Self.allCommands()
        #expect(commands.count >= 14, "found \(commands)")
        for command in commands {
            let run = try StewardBinary.run(command + ["--help"], environment: ["COLUMNS": "\(Self.width)"])
            #expect(run.status == 0)
            let problems = Self.problems(in: run.stdout)
            #expect(problems.isEmpty, "steward \(command.joined(separator: " ")) --help:\n\(problems.joined(separator: "\n"))")
        }
    }

    /// Piped help (no terminal to ask for a width) re-flows the same way.
    @Test func pipedHelpIsNotRagged() throws {
        let run = try StewardBinary.run(["verify", "--help"])
        #expect(run.stdout.contains("Checks the certificate's form, Ed25519 signature, canonical bytes and validity"))
        #expect(!run.stdout.contains("with --mission it\n"), "\(run.stdout)")
    }

    @Test func theCheckerCatchesRaggedLinesWideLinesAndDoubleDefaults() {
        let ragged = "OVERVIEW: x\n\nChecks the form; with --mission it\nalso re-hashes the descriptor.\n"
        #expect(Self.problems(in: ragged).count == 1)
        #expect(Self.problems(in: String(repeating: "word ", count: 20) + "\n").count == 1)
        let twice = "OPTIONS:\n  --ruleset <id>   Ruleset (default lts-2019). (default:\n                   lts-2019)\n"
        #expect(Self.problems(in: twice).count == 1)
        let fine = "OVERVIEW: x\n\nChecks the certificate's form, Ed25519 signature, canonical bytes and validity\nperiod.\n"
        // 78 columns and a one-letter word: ArgumentParser moves it to the next line, which is not ragged.
        let full = String(repeating: "abcdefghi ", count: 7) + "abcdefgh\na b\n"
        #expect(Self.problems(in: full).isEmpty)
        #expect(Self.problems(in: fine).isEmpty)
    }
}
