import Foundation
import Testing

extension Trait where Self == TimeLimitTrait {
    /// A time limit of `minutes` that stops a test that hangs. Under the sanitizers
    /// (`Scripts/sanitizers.sh` sets `HEMICYCLE_SANITIZER`) it is ten times longer: their
    /// instrumentation slows the statistical tests by an order of magnitude, and the 2-core
    /// machine runs them side by side.
    static func hangGuard(minutes: Int) -> Self {
        let scale = ProcessInfo.processInfo.environment["HEMICYCLE_SANITIZER"] == nil ? 1 : 10
        return .timeLimit(.minutes(minutes * scale))
    }
}
