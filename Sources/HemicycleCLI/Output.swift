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

    /// The options that name a file a command writes.
    static let fileOptions = ["--output", "--svg", "--out"]

    /// Refuses, as usage errors, an output path that is empty, that is also an input of the
    /// command (a positional argument: a scenario, a shard), or that another output of the
    /// command names too: one result would silently replace the other, or the scenario itself.
    /// Standard output (`-`) and files that are not regular (`/dev/null`) may be named freely.
    static func checkPaths(_ arguments: Arguments) throws(CLIError) {
        let inputs = Dictionary(arguments.positionals.map { (FilePath.identity($0), $0) }, uniquingKeysWith: { first, _ in first })
        var outputs: [String: String] = [:]
        for option in fileOptions {
            guard let path = arguments.value(option) else { continue }
            guard !path.isEmpty else { throw .usage("option '\(option)' needs a file path, not an empty one") }
            guard path != "-", !FilePath.isSpecialFile(path) else { continue }
            let file = FilePath.identity(path)
            if let input = inputs[file] {
                throw .usage("\(option) '\(path)' is also an input of the command ('\(input)'): it would be overwritten")
            }
            if let other = outputs[file] {
                throw .usage("\(other) and \(option) name the same file '\(path)': one result would replace the other")
            }
            outputs[file] = option
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
