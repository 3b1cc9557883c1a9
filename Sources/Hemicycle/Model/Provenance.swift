/// Where a figure comes from, or how it was made.
///
/// Every block of a scenario names the sources of its figures. A source is historical (a
/// publication says so), reconstructed (computed by a stated method from other facts),
/// assumed (a modelling choice), or derived (arithmetic on other sourced figures).
public struct Source: Sendable, Hashable, Codable {
    /// How a source vouches for its figures.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Published fact, with a citation.
        case historical
        /// Rebuilt from other facts by a stated method.
        case reconstructed
        /// A modelling assumption, stated.
        case assumed
        /// Arithmetic on other sourced figures.
        case derived
    }

    /// The key the scenario uses to refer to this source.
    public var id: String
    /// How the source vouches for its figures.
    public var kind: Kind
    /// A citation or title.
    public var citation: String?
    /// Addresses of the publications.
    public var urls: [String]
    /// How reconstructed, assumed or derived figures were made.
    public var method: String?

    /// Creates a source.
    public init(id: String, kind: Kind, citation: String?, urls: [String], method: String?) {
        self.id = id
        self.kind = kind
        self.citation = citation
        self.urls = urls
        self.method = method
    }
}

/// Which sources vouch for a block's figures: one list for the whole block, and optionally a
/// list per field (`"registered": ["register-proxy"]`).
public struct Provenance: Sendable, Hashable, Codable {
    /// Sources for the whole block.
    public var block: [String]
    /// Sources for single fields, keyed by the field's JSON name.
    public var fields: [String: [String]]

    /// No provenance.
    public static let none = Provenance(block: [], fields: [:])

    /// Whether anything is cited.
    public var isEmpty: Bool { block.isEmpty && fields.isEmpty }

    /// Creates a provenance.
    public init(block: [String], fields: [String: [String]]) {
        self.block = block
        self.fields = fields
    }

    /// The sources that vouch for `field`: its own, or else the block's.
    public func sources(for field: String) -> [String] {
        fields[field] ?? block
    }
}
