/// A unified diff of two texts, line by line, with three lines of context: what `patch -p0` and
/// `git apply -p0` read. Both headers name the same path, so the patch edits the file in place.
public enum UnifiedDiff {
    public static func make(old: String, new: String, path: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        // Longest common subsequence table (descriptors are small: a few hundred lines at most).
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        enum Op { case same, remove, add }
        var ops: [(Op, Int, Int)] = []  // operation, index in a, index in b
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                ops.append((.same, i, j)); i += 1; j += 1
            } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
                ops.append((.remove, i, j)); i += 1
            } else {
                ops.append((.add, i, j)); j += 1
            }
        }
        let changed = ops.indices.filter { ops[$0].0 != .same }
        guard !changed.isEmpty else { return "" }
        // Group changes whose contexts touch into hunks.
        var hunks: [ClosedRange<Int>] = []
        for index in changed {
            let low = max(index - context, 0), high = min(index + context, ops.count - 1)
            if let last = hunks.last, low <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...max(high, last.upperBound)
            } else {
                hunks.append(low...high)
            }
        }
        var out = "--- \(path)\n+++ \(path)\n"
        for hunk in hunks {
            let slice = ops[hunk]
            let oldCount = slice.filter { $0.0 != .add }.count, newCount = slice.filter { $0.0 != .remove }.count
            let oldStart = slice.first.map { $0.1 } ?? 0, newStart = slice.first.map { $0.2 } ?? 0
            out += "@@ -\(oldCount == 0 ? oldStart : oldStart + 1),\(oldCount) +\(newCount == 0 ? newStart : newStart + 1),\(newCount) @@\n"
            for (op, ai, bi) in slice {
                switch op {
                case .same: out += " \(a[ai])\n"
                case .remove: out += "-\(a[ai])\n"
                case .add: out += "+\(b[bi])\n"
                }
            }
        }
        return out
    }

    /// The lines of a text; a final newline ends the last line rather than starting an empty one.
    static func lines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines
    }
}
