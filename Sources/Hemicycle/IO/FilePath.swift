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

/// Which file a path names: the one place links are resolved and file kinds told apart, for
/// `extends`, atomic writes and the command line's check of its output paths.
public enum FilePath {
    /// `path` with every link resolved, or `nil` when it does not exist.
    public static func resolved(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The file `path` names: links resolved where it exists, else its absolute, standardised form
    /// (against the working folder). Two paths name the same file when their identities are equal.
    public static func identity(_ path: String) -> String {
        resolved(path) ?? URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Whether `path` exists and is not a regular file (a device such as `/dev/null`, a pipe, a
    /// socket): a file that can be written to but not replaced.
    public static func isSpecialFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG
    }
}
