// The standard library's `Double.squareRoot()` calls the C library's `sqrt` in debug builds,
// which lives in libm on Linux. Importing the platform module here links libm into every product
// that uses Hemicycle; nothing from it is called directly.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif
