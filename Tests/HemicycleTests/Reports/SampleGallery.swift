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
    }
}
