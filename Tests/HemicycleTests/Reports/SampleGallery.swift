import Foundation
import Hemicycle
import Testing

/// Writes sample pictures to `$HEMICYCLE_SVG_SAMPLES` for a person to render and look at
/// (`Scripts/render-svg.sh`); skipped unless that variable names a directory.
@Suite("Sample gallery") struct SampleGallery {
    static let directory = ProcessInfo.processInfo.environment["HEMICYCLE_SVG_SAMPLES"]

    @Test(.enabled(if: directory != nil)) func writeSamples() throws {
        let directory = URL(fileURLWithPath: try #require(Self.directory))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, svg) in Samples.all {
            try Data(svg.utf8).write(to: directory.appendingPathComponent("\(name).svg"))
        }
        // The fragments inlined in one HTML page, as a report would use them.
        let fragments = [
            Samples.mali.svgFragment(), Samples.maliDistributions.svgFragment(), Samples.maliRules.svgFragment(),
        ]
        let page = """
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><title>Gallery</title>
            <style>body { font-family: sans-serif; max-width: 760px; margin: 1em auto; }
            svg { max-width: 100%; height: auto; display: block; margin-bottom: 2em; }</style></head>
            <body><h1>Inline pictures</h1>
            \(fragments.joined(separator: "\n"))
            </body></html>
            """
        try Data(page.utf8).write(to: directory.appendingPathComponent("gallery.html"))
    }
}
