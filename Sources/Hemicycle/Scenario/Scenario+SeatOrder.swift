/// The `seatOrder` block: how the parliament diagram seats the lists, left to right.
public struct SeatOrderSpec: Decodable, Sendable {
    /// List ids, leftmost first.
    public var lists: [String]?
    /// What the order follows, printed with the diagram.
    public var basis: String?
    /// Sources.
    public var provenance: ProvenanceSpec?

    enum Key: String, CodingKey, CaseIterable { case lists, basis, provenance }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        lists = reader.read(.lists)
        basis = reader.read(.basis)
        provenance = reader.read(.provenance)
    }
}

extension Scenario {
    /// The seat order, checked: every list known, none twice, a basis stated.
    func buildSeatOrder(_ listIndex: [String: Int], _ context: inout ValidationContext) -> SeatOrder? {
        guard let spec = seatOrder else { return nil }
        let path = "seatOrder"
        _ = context.note(spec.provenance, path)
        let basis = context.require(spec.basis, path, "basis")
        guard let names = context.require(spec.lists, path, "lists") else { return nil }
        var seen = Set<String>()
        for (position, name) in names.enumerated() {
            let listPath = JSONPath.join(JSONPath.join(path, "lists"), index: position)
            if listIndex[name] == nil {
                context.fail(.unknownReference, listPath, "unknown list '\(name)'")
            } else if !seen.insert(name).inserted {
                context.fail(.duplicateIdentifier, listPath, "'\(name)' is already in the order")
            }
        }
        guard let basis else { return nil }
        return SeatOrder(lists: names, basis: basis)
    }
}
