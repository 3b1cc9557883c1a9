#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading a whole file up to a size limit, the one place the C library's `read(2)` is called
/// for input files: a larger file, or an endless one (a device, a pipe that never closes),
/// stops at the limit instead of taking all the memory there is.
public enum BoundedRead {
    /// The C library's text for an `errno` value, for example "No such file or directory".
    public static func describe(errno code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    /// Why a file was not read.
    public enum Failure: Error, Sendable, Hashable {
        /// It could not be opened or read (`errno`).
        case unreadable(Int32)
        /// It holds more than the limit.
        case tooLarge
    }

    /// The bytes of the file at `path`, at most `limit` of them.
    public static func file(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 { return .failure(.unreadable(errno)) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        let chunk = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, chunk)
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(errno))
            }
            if count == 0 { return .success(bytes) }
            if bytes.count + count > limit { return .failure(.tooLarge) }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }
}
