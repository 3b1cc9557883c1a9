import Foundation
import Hemicycle
import Testing

/// What a shipped scenario puts on a report page is fit to publish: sources cite their
/// publisher's own page, whole, once; no note speaks of the team's workspace.
@Suite("Published sources")
struct PublishedSourcesTests {
    /// Every shipped scenario, by its path under `Scenarios/`.
    static let shipped: [String] = {
        let folder = Repository.path("Scenarios")
        let top = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }
        let validation = ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/validation")) ?? [])
            .filter { $0.hasSuffix(".json") }.map { "validation/\($0)" }
        return (top + validation).sorted()
    }()

    /// Sites that copy Wikipedia's pages (seen in the team's notes); cite en.wikipedia.org.
    static let mirrors = ["wikial.top", "pinocchiopedia.com", "dob.jp", "rightwiki.org", "wikiclassic.com", "wikimili.com"]

    @Test func thereAreScenariosToCheck() {
        #expect(Self.shipped.count >= 20)
    }

    @Test(arguments: shipped)
    func sourcesAreWholeAddressesOfTheirPublishers(name: String) throws {
        let election = try TestScenario.shipped(name)
        for source in election.sources {
            #expect(Set(source.urls).count == source.urls.count, "\(name): \(source.id) cites an address twice")
            for address in source.urls {
                let url = try #require(URL(string: address), "\(name): \(source.id): not an address: \(address)")
                #expect(url.scheme == "http" || url.scheme == "https", "\(name): \(source.id): \(address)")
                let host = try #require(url.host, "\(name): \(source.id): no host in \(address)")
                #expect(!Self.mirrors.contains { host == $0 || host.hasSuffix("." + $0) }, "\(name): \(source.id) cites a mirror: \(address)")
                #expect(!address.hasSuffix("onePag"), "\(name): \(source.id): a truncated address: \(address)")
            }
        }
    }

    @Test(arguments: shipped)
    func notesAndCitationsSpeakToReaders(name: String) throws {
        let election = try TestScenario.shipped(name)
        let texts = election.notes + election.sources.flatMap { [$0.citation, $0.method].compactMap { $0 } }
        for text in texts {
            for remark in ["edit the script", "not reachable", "this workspace", "the team's"] {
                #expect(!text.contains(remark), "\(name): '\(remark)' in: \(text.prefix(120))")
            }
        }
    }
}
