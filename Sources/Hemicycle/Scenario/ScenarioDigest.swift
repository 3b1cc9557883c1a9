/// The digest of a scenario: the 64-bit FNV-1a hash of its resolved document (every `extends`
/// merged in), serialised, as 16 hex digits.
///
/// Two studies simulate the same scenario exactly when their digests are equal, which is what
/// `hemicycle merge` checks before adding shards up (see ``SimulationStudy/digest``); the loader
/// computes it with the election (``ScenarioLoader/loadWithDigest(path:)``).
public enum ScenarioDigest {
    /// The digest of a resolved scenario document.
    public static func of(_ document: JSONValue) -> String {
        fnv1a64(document.serialized())
    }

    /// The 64-bit FNV-1a hash of a text, printed as 16 hex digits (Fowler, Noll & Vo).
    public static func fnv1a64(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
