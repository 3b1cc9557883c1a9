import Foundation
import Hemicycle
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite("Atomic file writes")
struct AtomicFileTests {
    /// A new, empty folder under the system's temporary folder.
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hemicycle-atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        return path
    }

    @Test func replacesAFileWholeAndLeavesNoTemporaryFile() throws {
        let folder = try Self.folder()
        let path = folder + "/out.txt"
        try AtomicFile.write("first", to: path)
        try AtomicFile.write("second, longer", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second, longer")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.txt"])
    }

    @Test func aLinkStaysALinkAndItsTargetIsReplaced() throws {
        let folder = try Self.folder()
        try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: false)
        try AtomicFile.write("old", to: folder + "/real/target.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.txt", withDestinationPath: "real/target.txt")
        try AtomicFile.write("new", to: folder + "/link.txt")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/link.txt")
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect(try String(contentsOfFile: folder + "/real/target.txt", encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["link.txt", "real"])
    }

    /// A named pipe cannot be replaced by a rename (nor can `/dev/null`, which a root user's
    /// rename would turn into a regular file): it is written in place and stays a pipe.
    @Test func aPipeIsWrittenInPlaceNotReplaced() throws {
        let folder = try Self.folder()
        let path = folder + "/pipe"
        #expect(mkfifo(path, 0o600) == 0)
        let reader = open(path, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try AtomicFile.write("through the pipe", to: path)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self) == "through the pipe")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect(attributes[.type] as? FileAttributeType != .typeRegular)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["pipe"])
    }

    /// A killed write leaves its temporary file; the next write to that target removes it, but
    /// never one whose writer still runs.
    @Test func aWriteRemovesTheTemporaryFilesOfKilledWrites() throws {
        let folder = try Self.folder()
        let dead = ".out.txt.2147483000.7.tmp"  // beyond any process id: no such process
        let alive = ".out.txt.1.7.tmp"  // process 1 always runs
        let other = ".other.txt.2147483000.7.tmp"  // another target's
        for name in [dead, alive, other] { try AtomicFile.write("partial", to: folder + "/" + name) }
        try AtomicFile.write("whole", to: folder + "/out.txt")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [alive, other, "out.txt"].sorted())
    }

    @Test func aMissingFolderIsAnErrorNamingThePath() {
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("x", to: "/nonexistent-hemicycle-folder/out.txt") }
    }
}
