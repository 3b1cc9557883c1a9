import Dispatch
import Hemicycle

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A progress bar on standard error, when it is a terminal, and Ctrl-C handling for long runs.
final class ProgressReporter {
    private let control: SimulationControl
    private let total: Int
    private let timer: (any DispatchSourceTimer)?
    private let interrupt: any DispatchSourceSignal
    private let start = DispatchTime.now()
    private let visible: Bool

    /// Starts reporting `control`'s progress towards `total` runs; Ctrl-C cancels it (twice: exits).
    init(control: SimulationControl, total: Int) {
        self.control = control
        self.total = total
        visible = Output.standardErrorIsTerminal
        let queue = DispatchQueue(label: "hemicycle.progress")
        signal(SIGINT, SIG_IGN)
        interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: queue)
        let control = self.control
        let visible = self.visible
        interrupt.setEventHandler {
            if control.isCancelled { exit(130) }
            control.cancel()
            Output.error((visible ? "\r\u{1B}[K" : "") + "hemicycle: interrupted; finishing the blocks under way (Ctrl-C again to quit now)\n")
        }
        interrupt.resume()
        if visible {
            let start = self.start
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.schedule(deadline: .now() + .milliseconds(200), repeating: .milliseconds(200))
            timer.setEventHandler { Self.draw(control: control, total: total, start: start) }
            timer.resume()
            self.timer = timer
        } else {
            timer = nil
        }
    }

    private static func draw(control: SimulationControl, total: Int, start: DispatchTime) {
        let done = control.completedRuns
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let rate = seconds > 0 ? Double(done) / seconds : 0
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 1
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let left = rate > 0 ? Double(total - done) / rate : 0
        Output.error(
            "\r\u{1B}[K\(bar) \(Formatting.percent(fraction)) \(Formatting.grouped(done))/\(Formatting.grouped(total)) runs · "
                + "\(Formatting.grouped(Int(rate)))/s · \(Formatting.fixed(left, decimals: 0)) s left")
    }

    /// Stops reporting and clears the bar.
    func finish() {
        timer?.cancel()
        if visible { Output.error("\r\u{1B}[K") }
        interrupt.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
