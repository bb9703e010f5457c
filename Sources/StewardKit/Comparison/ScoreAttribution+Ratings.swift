import Reports
import RuleEngine

extension ScoreAttribution {
    /// The difference `to.score − from.score` as rule contributions (docs/comparison-json.md, "Why the
    /// contributions sum exactly to the difference").
    ///
    /// Each rating's total is Σ of its rules' recorded contributions, so the rules of both ratings, matched by id,
    /// account for the whole difference whatever the renormalisation; a rule missing or not applicable on one
    /// side counts 0 there. Works for any two ratings, also under two versions of a ruleset (`rules diff`).
    /// `fromIndex`/`toIndex` are the column numbers recorded in the result.
    public static func between(_ from: Rating, _ to: Rating, fromIndex: Int = 0, toIndex: Int = 1) -> ScoreAttribution {
        struct Side {
            var result: RuleResult
            var guideline: String
            var section: String
        }
        func sides(_ rating: Rating) -> (order: [String], byID: [String: Side]) {
            var order: [String] = []
            var byID: [String: Side] = [:]
            for section in rating.sections {
                for guideline in section.guidelines {
                    for rule in guideline.rules where !rule.bonus && byID[rule.id] == nil {
                        order.append(rule.id)
                        byID[rule.id] = Side(result: rule, guideline: guideline.id, section: section.id)
                    }
                }
            }
            return (order, byID)
        }
        let old = sides(from)
        let new = sides(to)
        var ids = old.order
        for id in new.order where old.byID[id] == nil { ids.append(id) }

        var contributions: [RuleContribution] = []
        var sum = CompensatedSum()
        for id in ids {
            let a = old.byID[id]
            let b = new.byID[id]
            let contributionFrom = a?.result.contribution ?? 0
            let contributionTo = b?.result.contribution ?? 0
            let difference = contributionTo - contributionFrom
            sum.add(difference)
            guard difference != 0 else { continue }
            let shareFrom = a?.result.totalShare ?? 0
            let shareTo = b?.result.totalShare ?? 0
            let scoreFrom = a?.result.score ?? 0
            let scoreTo = b?.result.score ?? 0
            let scoreEffect = shareFrom * (scoreTo - scoreFrom)
            // The weight effect is the rest, so the two parts add up to the difference to the last bit.
            let weightEffect = difference - scoreEffect
            let any = b ?? a
            contributions.append(RuleContribution(
                rule: id, title: any?.result.title ?? id, guideline: any?.guideline ?? "", section: any?.section ?? "",
                outcomeFrom: a?.result.outcome, outcomeTo: b?.result.outcome, scoreFrom: a?.result.score,
                scoreTo: b?.result.score, totalShareFrom: shareFrom, totalShareTo: shareTo,
                contributionFrom: contributionFrom, contributionTo: contributionTo, difference: difference,
                scoreEffect: scoreEffect, weightEffect: weightEffect))
        }
        contributions.sort { abs($0.difference) != abs($1.difference) ? abs($0.difference) > abs($1.difference) : $0.rule < $1.rule }
        let scoreFrom = from.score ?? 0
        let scoreTo = to.score ?? 0
        let difference = scoreTo - scoreFrom
        return ScoreAttribution(from: fromIndex, to: toIndex, scoreFrom: scoreFrom, scoreTo: scoreTo, difference: difference,
                                sum: sum.value, residual: difference - sum.value, rules: contributions)
    }
}

/// Neumaier's compensated summation: the rounding error of each addition is carried along and added back,
/// so the sum of a few hundred contributions is as exact as one rounding of the true sum.
struct CompensatedSum {
    private var total = 0.0
    private var compensation = 0.0

    mutating func add(_ value: Double) {
        let next = total + value
        if abs(total) >= abs(value) {
            compensation += (total - next) + value
        } else {
            compensation += (value - next) + total
        }
        total = next
    }

    var value: Double { total + compensation }
}
