#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#elseif canImport(ucrt)
    import ucrt
#endif

/// "Nice" axis ticks: steps of 1, 2 or 5 times a power of ten (Heckbert, *Nice Numbers for
/// Graph Labels*, Graphics Gems, 1990).
enum ChartAxis {
    /// The nice step that cuts `span` into about `target` intervals; at least `minimum`.
    static func step(span: Double, target: Int, minimum: Double = 0) -> Double {
        guard span.isFinite, span > 0, target > 0 else { return max(minimum, 1) }
        let raw = span / Double(target)
        let magnitude = pow(10, floor(log10(raw)))
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        return max(nice * magnitude, minimum)
    }

    /// Integer ticks covering `lower…upper` with a nice step (at least 1), about `target` of them.
    static func integerTicks(from lower: Int, through upper: Int, target: Int = 6) -> [Int] {
        guard upper >= lower else { return [lower] }
        let span = Double(upper) - Double(lower)
        let step = max(Int(step(span: span, target: target, minimum: 1)), 1)
        var ticks: [Int] = []
        var tick = (lower + step - 1) / step * step
        if lower < 0 { tick = lower }
        while tick <= upper, ticks.count < 1000 {
            ticks.append(tick)
            let (next, overflow) = tick.addingReportingOverflow(step)
            if overflow { break }
            tick = next
        }
        return ticks
    }

    /// Ticks from 0 up to the first tick at or above `maximum` (a nice ceiling), about `target`
    /// intervals of at least `minimumStep`; `[0, 1]` when `maximum` is not positive.
    static func ticksFromZero(covering maximum: Double, target: Int = 4, minimumStep: Double = 0) -> [Double] {
        guard maximum.isFinite, maximum > 0 else { return [0, max(minimumStep, 1)] }
        let step = step(span: maximum, target: target, minimum: minimumStep)
        let count = min(Int((maximum / step).rounded(.up)), 100)
        return (0...max(count, 1)).map { Double($0) * step }
    }
}
