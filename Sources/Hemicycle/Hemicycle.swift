/// Hemicycle turns votes into seats, and simulates how that could have gone differently.
///
/// The library holds every piece of logic: the scenario model, the allocation rules, the
/// two-round engine, the Monte Carlo simulation and the reports. The `hemicycle` command only
/// parses arguments, calls this library and prints.
public enum Hemicycle: Sendable {
    /// The version of the library and of the `hemicycle` command.
    public static let version = "0.1.0"
}
