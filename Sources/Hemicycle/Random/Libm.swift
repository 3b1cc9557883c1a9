#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#elseif canImport(ucrt)
    import ucrt
#endif

/// The few C math functions the samplers need, reachable from `@inlinable` code.
///
/// `@inlinable` code may only name declarations its clients can see; wrapping the platform's libm
/// here keeps the C module an internal import of `Hemicycle` (no Foundation, no public re-export).
/// Within `Hemicycle` the wrappers inline away; from other modules they add one direct call to
/// functions that already cost tens of cycles, and only on the samplers' less common paths.
///
/// Reproducibility note: these are the platform's libm results, accurate to about an ulp. Another
/// libm (or libm version) may differ in the last bit, which can flip
/// a rare accept/reject decision: seeded runs are bit-identical on one platform, and
/// statistically equivalent across platforms.
@usableFromInline
internal enum Libm: Sendable {
    /// The natural logarithm of `x`.
    @usableFromInline
    static func log(_ x: Double) -> Double { cLog(x) }

    /// log(1 + x), accurate for small `x`.
    @usableFromInline
    static func log1p(_ x: Double) -> Double { cLog1p(x) }

    /// e to the power `x`.
    @usableFromInline
    static func exp(_ x: Double) -> Double { cExp(x) }
}

// File-scope forwarders: inside `Libm` the names `log`, `log1p` and `exp` mean its own members.
@inline(__always) private func cLog(_ x: Double) -> Double { log(x) }
@inline(__always) private func cLog1p(_ x: Double) -> Double { log1p(x) }
@inline(__always) private func cExp(_ x: Double) -> Double { exp(x) }
