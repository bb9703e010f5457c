/// "Did you mean …?" for misspelt keys, fact paths and function names.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a plausible typo.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        // Allow about one edit per three characters, at least one: "perige_km" → "perigee_km", not "id" → "name".
        let allowed = max(1, target.count / 3)
        var best: (name: String, distance: Int)?
        // Ties are broken by name, so the answer does not depend on the order of `candidates`.
        for candidate in candidates {
            // Cheap length test first (no allocation), then the exact one below: thousands of unknown names
            // against a catalogue of hundreds stay fast. Lowercasing never changes the scalar count of ASCII.
            if candidate.utf8.count == candidate.unicodeScalars.count, abs(candidate.utf8.count - target.count) > allowed { continue }
            let other = Array(candidate.lowercased().unicodeScalars)
            // The length difference is a lower bound on the distance: skip hopeless candidates cheaply,
            // which keeps a file with thousands of misspellings fast.
            guard abs(other.count - target.count) <= allowed else { continue }
            let limit = min(best?.distance ?? allowed, allowed)
            guard let distance = editDistance(target, other, limit: limit) else { continue }
            if let current = best, distance > current.distance || (distance == current.distance && candidate >= current.name) {
                continue
            }
            best = (candidate, distance)
        }
        return best?.name
    }

    /// A ready-made note, or nil when nothing is close.
    public static func note(for word: String, in candidates: some Sequence<String>) -> String? {
        closest(to: word, in: candidates).map { "did you mean '\($0)'?" }
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit (optimal string alignment).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        editDistance(a, b, limit: Int.max) ?? Int.max
    }

    /// The distance when it is at most `limit`, nil otherwise; stops as soon as a whole row exceeds `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if a.isEmpty { return b.count <= limit ? b.count : nil }
        if b.isEmpty { return a.count <= limit ? a.count : nil }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = [Int](repeating: 0, count: b.count + 1)
        for j in 0...b.count { previous[j] = j }
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            // Transpositions read two rows back, so a row above the limit can still be undercut by one.
            if limit < Int.max, rowMinimum > limit + 1 { return nil }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
