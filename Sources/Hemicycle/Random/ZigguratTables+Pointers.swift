extension ZigguratTables {
    /// ``scale`` in memory that is never freed, read without array bounds checks or reference
    /// counting on the hot path (the fast path runs about 800 times per simulated election).
    @usableFromInline
    nonisolated(unsafe) static let scaleTable: UnsafePointer<Double> = immortalCopy(scale)

    /// ``acceptBelow``, likewise.
    @usableFromInline
    nonisolated(unsafe) static let acceptBelowTable: UnsafePointer<UInt64> = immortalCopy(acceptBelow)

    private static func immortalCopy<T>(_ values: [T]) -> UnsafePointer<T> {
        let memory = UnsafeMutablePointer<T>.allocate(capacity: 256)
        memory.initialize(from: values, count: min(256, values.count))
        return UnsafePointer(memory)
    }
}
