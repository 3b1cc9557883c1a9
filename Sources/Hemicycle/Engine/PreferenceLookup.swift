/// How a run-off finds the weighted transfer preference of an eliminated list's voters for two
/// finalists' lists (0 where the scenario states none).
///
/// Two concrete ways, chosen once per evaluator by ``ContestTable/directPreferenceLookup``; the
/// run-off's code is written once, generic over this protocol, and specialised for each.
protocol PreferenceLookup {
    /// The preferences of `list`'s voters for the lists `targets.0` and `targets.1`.
    func preferences(of list: Int, for targets: (Int, Int)) -> (Double, Double)
}

/// Preferences in a lists × lists table, at `from * listCount + to`: two loads.
struct DirectPreferenceLookup: PreferenceLookup {
    let weighted: UnsafePointer<Double>
    let listCount: Int

    @inline(__always)
    func preferences(of list: Int, for targets: (Int, Int)) -> (Double, Double) {
        // In range by construction (lists index the table): no overflow checks.
        let row = list &* listCount
        return (weighted[row &+ targets.0], weighted[row &+ targets.1])
    }
}

/// Preferences in rows of what each list states (``ContestTable/preferenceRows``): the row, a
/// few entries at most, is scanned without a branch. Memory grows with the stated preferences.
struct RowPreferenceLookup: PreferenceLookup {
    let weighted: UnsafePointer<Double>
    let rows: UnsafePointer<Int>
    let targets: UnsafePointer<Int>

    @inline(__always)
    func preferences(of list: Int, for lists: (Int, Int)) -> (Double, Double) {
        var found = (0.0, 0.0)
        var slot = rows[list]
        let end = rows[list &+ 1]
        while slot < end {
            let to = targets[slot]
            let weight = weighted[slot]
            found.0 += to == lists.0 ? weight : 0
            found.1 += to == lists.1 ? weight : 0
            slot &+= 1
        }
        return found
    }
}

extension ContestEvaluator {
    /// The lookup for a lists × lists table (``directPreferenceLookup``).
    var directLookup: DirectPreferenceLookup {
        DirectPreferenceLookup(weighted: UnsafePointer(weightedPreferences.baseAddress.unsafelyUnwrapped), listCount: listCount)
    }

    /// The lookup for the rows of stated preferences.
    var rowLookup: RowPreferenceLookup {
        RowPreferenceLookup(
            weighted: UnsafePointer(weightedPreferences.baseAddress.unsafelyUnwrapped),
            rows: UnsafePointer(preferenceRows.baseAddress.unsafelyUnwrapped),
            targets: UnsafePointer(preferenceTargets.baseAddress.unsafelyUnwrapped))
    }

    /// The weighted preference of `list`'s voters for `to`, whichever the lookup (for run-offs
    /// with more than two finalists, off the hot path).
    func preference(of list: Int, for to: Int) -> Double {
        directPreferenceLookup
            ? directLookup.preferences(of: list, for: (to, to)).0 : rowLookup.preferences(of: list, for: (to, to)).0
    }
}
