import Foundation

extension NRLMSISE00MeanTable {
    /// The table at one inclination, for a decay run (whose inclination never changes): the inclination
    /// interpolation is done once per altitude node, when the run first reaches it, instead of in every rate; every
    /// rate then collapses Ap and F10.7 into a scratch column the slice owns and reuses, so a rate allocates nothing
    /// and touches no shared reference count.
    ///
    /// It is the table's interpolation (`logMeanDensity`: linear in inclination, cubic in Ap, F10.7 and altitude,
    /// linear extrapolation in altitude beyond the end nodes), with the sums grouped differently: values agree with
    /// the table's own look-ups to rounding (1e-12 relative is tested; `AtmosphereProfileTests`).
    struct InclinationSlice {
        /// The grid's altitude nodes.
        private let altitudes: [Double]
        /// The table's reciprocal Lagrange denominators of every 4-node altitude stencil (`4k + j`).
        private let inverseDenominators: [Double]
        private let f107Nodes: [Double]
        private let apNodes: [Double]
        /// Values per altitude node: one for each (Ap, F10.7) node, F10.7 fastest.
        private let driverCount: Int
        /// ln ρ at the slice's inclination, `[altitude][ap][f107]`; an altitude node's values are valid once `ready`.
        private var sliced: ContiguousArray<Double>
        private var ready: ContiguousArray<Bool>
        /// ln ρ at the slice's inclination and the current Ap, `[altitude][f107]`, valid where `activityReady`.
        private var activityCollapsed: ContiguousArray<Double>
        private var activityReady: ContiguousArray<Bool>
        private var activityAp = Double.nan
        private var activity = CubicStencil()
        /// ln ρ with the current rate's Ap and F10.7 at altitude nodes `columnFirst...columnLast` (from index 0).
        private var column: ContiguousArray<Double>
        private var columnFirst = 0, columnLast = -1
        /// For each 4-node stencil starting at a prepared node, its ln ρ times the reciprocal Lagrange denominators.
        private var coefficients: ContiguousArray<Double>
        /// The rows and weights of the table's inclination interpolation at this inclination.
        private let lowerRow: Int, upperWeight: Double
        private let rowStride: Int

        init(table: NRLMSISE00MeanTable, inclinationDeg: Double) {
            let grid = table.grid
            // Copies, not the standard table's own arrays: whatever reference counting a rate does then touches
            // storage of this run alone, never a cache line that every rating thread writes.
            altitudes = grid.altitudesKm.map { $0 }
            inverseDenominators = table.altitudeInverseDenominators.map { $0 }
            f107Nodes = grid.f107.map { $0 }
            apNodes = grid.ap.map { $0 }
            driverCount = grid.f107.count * grid.ap.count
            (lowerRow, upperWeight) = NRLMSISE00MeanTable.linearBracket(grid.inclinationsDeg,
                                                                        NRLMSISE00MeanTable.foldedInclination(inclinationDeg))
            rowStride = driverCount * grid.altitudesKm.count
            sliced = ContiguousArray(repeating: 0, count: rowStride)
            ready = ContiguousArray(repeating: false, count: grid.altitudesKm.count)
            column = ContiguousArray(repeating: 0, count: grid.altitudesKm.count)
            activityCollapsed = ContiguousArray(repeating: 0, count: grid.altitudesKm.count * grid.f107.count)
            activityReady = ContiguousArray(repeating: false, count: grid.altitudesKm.count)
            coefficients = ContiguousArray(repeating: 0, count: 4 * grid.altitudesKm.count)
            source = table.logDensities
        }

        /// The table's ln ρ (`[inclination][ap][f107][altitude]`), read when an altitude node is first sliced.
        private let source: [Double]

        /// Interpolates node `k` in inclination for every (Ap, F10.7) node.
        private mutating func slice(node k: Int) {
            let nAlt = altitudes.count, w = upperWeight
            let lower = lowerRow * rowStride
            source.withUnsafeBufferPointer { table in
                sliced.withUnsafeMutableBufferPointer { out in
                    for driver in 0..<driverCount {
                        let below = table[lower + driver * nAlt + k]
                        // A node inclination (w = 0) takes its row as it is, as the table's own sums do.
                        out[k * driverCount + driver] = w == 0 ? below
                            : (1 - w) * below + w * table[lower + rowStride + driver * nAlt + k]
                    }
                }
            }
            ready[k] = true
        }

        /// Collapses Ap and F10.7 (cubic, clamped to the grid) at the altitude nodes that look-ups in `range` use.
        mutating func prepare(f107: Double, ap: Double, altitudeRangeKm range: ClosedRange<Double>) {
            if ap != activityAp { setActivity(ap) }
            let low = span(range.lowerBound, from: columnFirst), high = span(range.upperBound, from: low.first)
            columnFirst = min(low.first, high.first)
            columnLast = max(low.first + low.count, high.first + high.count) - 1
            for k in columnFirst...columnLast where !activityReady[k] { collapseActivity(node: k) }
            let flux = CubicStencil(f107Nodes, f107, beyondEnds: .clamp)
            let nF = f107Nodes.count, first = columnFirst, last = columnLast
            activityCollapsed.withUnsafeBufferPointer { collapsed in
                column.withUnsafeMutableBufferPointer { column in
                    for k in first...last {
                        var sum = 0.0
                        for jf in 0..<flux.count { sum += flux.weights[jf] * collapsed[k * nF + flux.first + jf] }
                        column[k - first] = sum
                    }
                    // Each prepared stencil's ln ρ over its Lagrange denominators: a look-up is then four products.
                    if last - first >= 3 {
                        inverseDenominators.withUnsafeBufferPointer { inverse in
                            coefficients.withUnsafeMutableBufferPointer { c in
                                for start in first...(last - 3) {
                                    for j in 0..<4 { c[4 * (start - first) + j] = inverse[4 * start + j] * column[start + j - first] }
                                }
                            }
                        }
                    }
                }
            }
        }

        /// The Ap stencil of the following rates (Ap is constant over a mean-cycle or constant-activity run, daily
        /// with recorded activity): every altitude node's Ap collapse is redone when first used.
        private mutating func setActivity(_ ap: Double) {
            activityAp = ap
            activity = CubicStencil(apNodes, ap, beyondEnds: .clamp)
            for k in activityReady.indices { activityReady[k] = false }
        }

        /// ln ρ at node `k` for every F10.7 node, at this inclination and the current Ap.
        private mutating func collapseActivity(node k: Int) {
            if !ready[k] { slice(node: k) }
            let nF = f107Nodes.count, drivers = driverCount, activity = activity
            sliced.withUnsafeBufferPointer { sliced in
                activityCollapsed.withUnsafeMutableBufferPointer { out in
                    for f in 0..<nF {
                        var sum = 0.0
                        for ja in 0..<activity.count where activity.weights[ja] != 0 {
                            // Ap = 15 is a node: its neighbours' weights are exactly zero and are skipped.
                            sum += activity.weights[ja] * sliced[k * drivers + (activity.first + ja) * nF + f]
                        }
                        out[k * nF + f] = sum
                    }
                }
            }
            activityReady[k] = true
        }

        /// The altitude nodes (first, count) the table's stencil uses at `x`, as `CubicStencil.nodes`, searched from
        /// node `hint` (a run's ranges move slowly).
        private func span(_ x: Double, from hint: Int) -> (first: Int, count: Int) {
            altitudes.withUnsafeBufferPointer { nodes in
                let n = nodes.count
                if !(x > nodes[0]) || x >= nodes[n - 1] { return (x >= nodes[n - 1] ? n - 2 : 0, 2) }
                // The last node at or below x (x lies strictly inside the grid).
                var low = min(max(hint, 0), n - 2)
                while low > 0 && nodes[low] > x { low -= 1 }
                while nodes[low + 1] <= x { low += 1 }
                return (min(max(low - 1, 0), n - 4), 4)
            }
        }

        /// Density, kg/m³, at an altitude inside the range of the last ``prepare(f107:ap:altitudeRangeKm:)``.
        @inline(__always)
        func density(altitudeKm x: Double) -> Double {
            exp(logDensity(altitudeKm: x))
        }

        /// ln ρ by the altitude stencil the table uses at `x` (cubic inside the grid, the line through the two end
        /// nodes beyond it), over the prepared column.
        func logDensity(altitudeKm x: Double) -> Double {
            altitudes.withUnsafeBufferPointer { nodes in
                column.withUnsafeBufferPointer { column in
                    let n = nodes.count, first = columnFirst, last = columnLast
                    func value(_ k: Int) -> Double { column[min(max(k, first), last) - first] }
                    if !(x > nodes[0]) || x >= nodes[n - 1] {
                        let low = x >= nodes[n - 1] ? n - 2 : 0
                        let w = (x - nodes[low]) / (nodes[low + 1] - nodes[low])
                        return (1 - w) * value(low) + w * value(low + 1)
                    }
                    // The interval holding x, searched among the prepared nodes (x lies in their span).
                    var lowIndex = first, highIndex = last
                    if !(nodes[lowIndex] <= x) { lowIndex = 0 }
                    if !(x < nodes[highIndex]) { highIndex = n - 1 }
                    while highIndex - lowIndex > 1 {
                        let middle = (lowIndex + highIndex) / 2
                        if nodes[middle] > x { highIndex = middle } else { lowIndex = middle }
                    }
                    // The stencil's start, kept among the prepared ones (it always is for x inside the range).
                    let s = min(max(min(max(lowIndex - 1, 0), n - 4), first), max(last - 3, first))
                    let d0 = x - nodes[s], d1 = x - nodes[s + 1], d2 = x - nodes[s + 2], d3 = x - nodes[s + 3]
                    return coefficients.withUnsafeBufferPointer { c in
                        let k = 4 * (s - first)
                        return d1 * d2 * d3 * c[k] + d0 * d2 * d3 * c[k + 1] + d0 * d1 * d3 * c[k + 2] + d0 * d1 * d2 * c[k + 3]
                    }
                }
            }
        }
    }
}

extension NRLMSISE00MeanTable.CubicStencil {
    /// No nodes yet (a slice before its first Ap).
    init() {}
}
