/// Exact comparisons of products, the only arithmetic that decides seats.
internal enum ExactArithmetic {
    /// The sign of `a·b − c·d` for 64-bit factors: −1, 0 or 1. Products are exact in 128 bits.
    @inline(__always)
    static func compareProducts(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> Int {
        let left = UInt128(a) &* UInt128(b)
        let right = UInt128(c) &* UInt128(d)
        // Branch-free: the sign feeds conditional moves in the allocation loops.
        return (left > right ? 1 : 0) &- (left < right ? 1 : 0)
    }

    /// The sign of `a·b − c·d` for 128-bit factors: −1, 0 or 1. Products are exact in 256 bits.
    @inline(__always)
    static func compareWideProducts(_ a: UInt128, _ b: UInt128, _ c: UInt128, _ d: UInt128) -> Int {
        let left = a.multipliedFullWidth(by: b)
        let right = c.multipliedFullWidth(by: d)
        if left.high != right.high { return left.high < right.high ? -1 : 1 }
        if left.low != right.low { return left.low < right.low ? -1 : 1 }
        return 0
    }

    /// The sign of `a/b − c/d` for non-negative 128-bit terms with `b, d > 0`.
    @inline(__always)
    static func compareFractions(_ a: UInt128, over b: UInt128, _ c: UInt128, over d: UInt128) -> Int {
        compareWideProducts(a, d, c, b)
    }
}
