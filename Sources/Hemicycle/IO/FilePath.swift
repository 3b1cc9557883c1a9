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

    /// `path` relative to `folder` when it lies inside it, else `path` as given: how a page
    /// names a file without the author's home folder in it (a report's reproduce command).
    /// `folder` is the working folder when not given.
    public static func relative(_ path: String, to folder: String? = nil) -> String {
        guard path.hasPrefix("/"), let folder = folder ?? workingFolder else { return path }
        let standard = URL(fileURLWithPath: path).standardizedFileURL.path
        let base = URL(fileURLWithPath: folder).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        guard standard.hasPrefix(prefix), standard.count > prefix.count else { return path }
        return String(standard.dropFirst(prefix.count))
    }

    /// The working folder, or `nil` if it cannot be read.
    static var workingFolder: String? {
        guard let folder = getcwd(nil, 0) else { return nil }
        defer { free(folder) }
        return String(cString: folder)
    }
}
