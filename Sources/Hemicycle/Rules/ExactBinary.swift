/// A non-negative binary number `mantissa · 2^exponent`, exact, for the certificate.
struct ExactBinary {
    var mantissa: UInt128
    var exponent: Int

    enum Order { case less, equal, greater }

    init(_ value: UInt128) {
        mantissa = value
        exponent = 0
    }

    /// The exact value of a finite, non-negative double.
    init(_ value: Double) {
        guard value.isFinite, value > 0 else {
            mantissa = 0
            exponent = 0
            return
        }
        mantissa = UInt128(value.significandBitPattern | (value.isNormal ? 1 << 52 : 0))
        exponent = Int(value.exponent) - 52
    }

    /// The product; mantissas of at most 64 bits each keep it exact.
    func times(_ other: ExactBinary) -> ExactBinary {
        var result = ExactBinary(mantissa * other.mantissa)
        result.exponent = exponent + other.exponent
        return result
    }

    /// The product by a whole number below 2²⁰ (the mantissa stays below 2¹²⁶).
    func times(_ factor: UInt128) -> ExactBinary {
        var result = ExactBinary(mantissa * factor)
        result.exponent = exponent
        return result
    }

    func compare(_ other: ExactBinary) -> Order {
        if mantissa == 0 || other.mantissa == 0 {
            return mantissa == other.mantissa ? .equal : (mantissa == 0 ? .less : .greater)
        }
        // Compare the positions of the leading bits first, then the aligned mantissas.
        let top = exponent + (128 - mantissa.leadingZeroBitCount)
        let otherTop = other.exponent + (128 - other.mantissa.leadingZeroBitCount)
        if top != otherTop { return top < otherTop ? .less : .greater }
        let shift = exponent - other.exponent
        let (left, right) = shift >= 0 ? (mantissa << shift, other.mantissa) : (mantissa, other.mantissa << -shift)
        return left == right ? .equal : (left < right ? .less : .greater)
    }
}
