import Hemicycle

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where results and messages go: stdout for results, stderr for progress and errors.
enum Output {
    /// Writes `text` to standard output.
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in writeAll(bytes, to: STDOUT_FILENO) }
    }

    /// Writes `text` to standard error.
    static func error(_ text: String) {
        var text = text
        text.withUTF8 { bytes in writeAll(bytes, to: STDERR_FILENO) }
    }

    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
        guard let failure = SystemWrite.all(UnsafeRawBufferPointer(bytes), to: descriptor) else { return }
        // A closed pipe (`| head`) or a full disk: stop quietly, as Unix tools do.
        exit(failure == EPIPE ? 0 : 1)
    }

    /// Whether standard error is a terminal (for progress bars).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Writes `text` to `path` whole or not at all, or to stdout when `path` is nil or `-`.
    static func deliver(_ text: String, to path: String?) throws(CLIError) {
        guard let path, path != "-" else {
            write(text)
            return
        }
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            throw .failure("cannot write '\(path)': \(error)")
        }
    }
}
