import Diagnostics

/// Stratified uniform numbers for Monte Carlo draws: a Latin hypercube (McKay, Beckman & Conover,
/// Technometrics 21(2) 239–245, 1979).
///
/// Each dimension's [0, 1) is cut into N equal strata and every stratum is used exactly once, in an order that
/// is a random permutation per dimension, with a random position inside the stratum. Every margin is then
/// spread evenly, so percentiles and means converge faster than with independent draws (the variance is never
/// more than N/(N−1) times plain Monte Carlo's, Owen 1997). All numbers come from the seed alone, generated
/// before any draw runs, so the result does not depend on which core runs which draw.
struct LatinHypercube {
    /// `points[i][d]`: the uniform number of draw i in dimension d.
    let points: [[Double]]

    init(samples: Int, dimensions: Int, seed: UInt64) {
        var columns: [[Double]] = []
        for dimension in 0..<dimensions {
            // One independent stream per dimension, so adding a dimension never reshuffles the others.
            var generator = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15 &* UInt64(dimension + 1))
            var order = Array(0..<samples)
            if samples > 1 {
                for i in stride(from: samples - 1, to: 0, by: -1) {
                    order.swapAt(i, Int(generator.next() % UInt64(i + 1)))
                }
            }
            columns.append(order.map { (Double($0) + generator.nextUnit()) / Double(samples) })
        }
        points = (0..<samples).map { i in columns.map { $0[i] } }
    }
}
