import Dispatch

/// Runs `operation` on the concurrency pool and waits for it on the calling thread.
///
/// The benchmark bodies are synchronous and run on the main thread, which is not one of the
/// pool's threads, so blocking it leaves every core to the operation (Monte Carlo's workers).
func runBlocking<T: Sendable>(_ operation: @escaping @Sendable () async -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        box.value = await operation()
        done.signal()
    }
    done.wait()
    guard let value = box.value else { preconditionFailure("the operation finished without a value") }
    return value
}

/// The result handed from the pool to the waiting thread; the semaphore orders the accesses.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
