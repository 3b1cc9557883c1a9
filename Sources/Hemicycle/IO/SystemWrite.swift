#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to a file descriptor, the one place the C library's `write(2)` is called.
public enum SystemWrite {
    /// Writes every byte of `bytes` to `descriptor`, retrying short and interrupted writes.
    ///
    /// - Returns: `nil` when everything was written, or the `errno` of the write that failed.
    public static func all(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
                let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            #elseif canImport(Musl)
                let written = Musl.write(descriptor, base + offset, bytes.count - offset)
            #elseif canImport(Darwin)
                let written = Darwin.write(descriptor, base + offset, bytes.count - offset)
            #endif
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}
