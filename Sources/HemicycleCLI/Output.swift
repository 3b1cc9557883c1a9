import Hemicycle

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The C library's `write(2)`, named apart from ``Output/write(_:)``.
#if canImport(Glibc)
    private let systemWrite = Glibc.write
#elseif canImport(Musl)
    private let systemWrite = Musl.write
#elseif canImport(Darwin)
    private let systemWrite = Darwin.write
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
        guard var pointer = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = systemWrite(descriptor, pointer, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                // A closed pipe (`| head`) or a full disk: stop quietly, as Unix tools do.
                exit(errno == EPIPE ? 0 : 1)
            }
            pointer += written
            remaining -= written
        }
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
