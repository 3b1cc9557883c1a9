import Hemicycle
import Testing

@Suite("Smoke") struct SmokeTests {
    @Test func versionIsSet() {
        #expect(!Hemicycle.version.isEmpty)
    }
}
