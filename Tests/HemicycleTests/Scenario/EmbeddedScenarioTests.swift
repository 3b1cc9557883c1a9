import Foundation
import Hemicycle
import Testing

@Suite("Embedded scenario")
struct EmbeddedScenarioTests {
    /// The resource is a link to the shipped file, not a copy: a copy that drifted would give
    /// another digest.
    @Test func embeddedScenarioIsTheShippedFile() throws {
        let embedded = try ScenarioLoader.loadEmbeddedWithDigest()
        let shipped = try ScenarioLoader.loadWithDigest(path: Repository.path("Scenarios/" + ScenarioLoader.embeddedName))
        #expect(embedded.digest == shipped.digest)
    }

    @Test func embeddedScenarioLoads() throws {
        let election = try ScenarioLoader.loadEmbedded()
        #expect(election.id == "mali-1992")
    }
}

@Suite("Shipped scenarios")
struct ShippedScenarioTests {
    /// Every scenario under `Scenarios/`, subfolders included (paths relative to it), but not
    /// the generators' folder `tools/`.
    static let files: [String] = {
        let folder = Repository.path("Scenarios")
        var names: [String] = []
        let walker = FileManager.default.enumerator(atPath: folder)
        while let path = walker?.nextObject() as? String {
            if path == "tools" {
                walker?.skipDescendants()
            } else if path.hasSuffix(".json") {
                names.append(path)
            }
        }
        return names.sorted()
    }()

    @Test func findsTheScenariosInSubfoldersButNotTheTools() {
        #expect(Self.files.contains("mali-1992.json"))
        #expect(Self.files.contains("mali-1997.json"))
        #expect(!Self.files.contains { $0.hasPrefix("tools/") })
    }

    @Test(arguments: files)
    func loadsAndCitesAKnownSourceForEveryBlock(name: String) throws {
        let election = try TestScenario.shipped(name)
        #expect(!election.sources.isEmpty)
        #expect(!election.provenance.isEmpty)
        for constituency in election.constituencies {
            #expect(!constituency.provenance.isEmpty, "\(name): \(constituency.id) has no provenance")
        }
        for source in election.sources where source.kind != .historical {
            #expect(source.method?.isEmpty == false, "\(name): \(source.id) must say how it was made")
        }
    }
}
