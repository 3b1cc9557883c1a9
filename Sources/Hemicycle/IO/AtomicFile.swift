#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files whole or not at all.
///
/// The text goes to a temporary file beside the target, is flushed to disk, and is renamed over
/// the target in one step, and the directory is flushed too so that the rename survives a crash:
/// a reader never sees half a file, and a failed or interrupted run leaves the previous file as
/// it was. A link is followed, and the file it names is replaced (the link stays a link).
///
/// A target that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a named pipe) is
/// written to in place, since it cannot be replaced: "whole or not at all" has no meaning there.
/// A successful write removes the temporary files that killed writes to the same target left.
public enum AtomicFile {
    /// Why a file could not be written.
    public struct WriteError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The path that could not be written.
        public var path: String
        /// The system's explanation.
        public var reason: String

        public var description: String { reason }
    }

    /// Writes `text` (UTF-8) to `path` atomically.
    ///
    /// - Throws: ``WriteError`` when the directory is not writable, the disk is full, and so on;
    ///   the target is then untouched.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Array(text.utf8), to: path)
    }

    /// Writes `bytes` to `path` atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let target = resolvedTarget(path)
        if target.isSpecial {
            try writeInPlace(bytes, to: path)
            return
        }
        let directory = directoryName(of: target.path)
        let name = target.path.split(separator: "/").last.map(String.init) ?? target.path
        let temporary = directory + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: systemError()) }
        var failure = writeAll(bytes, to: descriptor)
        if failure == nil && fsync(descriptor) != 0 { failure = systemError() }
        if close(descriptor) != 0 && failure == nil { failure = systemError() }
        if failure == nil && rename(temporary, target.path) != 0 { failure = systemError() }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: failure)
        }
        // The rename lives in the directory: flush it too, or a crash may bring the old file back.
        let folder = open(directory, O_RDONLY | O_CLOEXEC)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
        removeStaleTemporaries(in: directory, for: name)
    }

    /// Removes the temporary files that killed writes to this target left behind: files named as
    /// this type names them (`.NAME.PID.NUMBER.tmp`) whose writing process no longer exists. A
    /// file of a write still under way, in this process or another, is left alone.
    private static func removeStaleTemporaries(in directory: String, for name: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        let prefix = ".\(name)."
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let parts = entry.dropFirst(prefix.count).dropLast(".tmp".count).split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 2, let pid = Int32(parts[0]), pid > 0, UInt32(parts[1]) != nil, pid != getpid() else {
                continue
            }
            // kill with signal 0 only asks whether the process exists.
            guard kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(directory + "/" + entry)
        }
    }

    /// The file a write to `path` replaces (links followed), and whether it exists and is not a
    /// regular file (a device, a pipe, a socket), so that it cannot be replaced.
    private static func resolvedTarget(_ path: String) -> (path: String, isSpecial: Bool) {
        (FilePath.resolved(path) ?? path, FilePath.isSpecialFile(path))
    }

    /// The folder of `path` (`.` for a bare name, `/` for a file at the root).
    private static func directoryName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    /// Writes `bytes` to an existing file that is not a regular one, in place.
    private static func writeInPlace(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: systemError()) }
        var failure = writeAll(bytes, to: descriptor)
        if close(descriptor) != 0 && failure == nil { failure = systemError() }
        if let failure { throw WriteError(path: path, reason: failure) }
    }

    /// Writes every byte to `descriptor`; the system's message on failure.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        bytes.withUnsafeBytes { buffer in
            SystemWrite.all(buffer, to: descriptor).map { code in
                guard let message = strerror(code) else { return "error \(code)" }
                return String(cString: message)
            }
        }
    }

    private static func systemError() -> String {
        guard let message = strerror(errno) else { return "error \(errno)" }
        return String(cString: message)
    }
}
