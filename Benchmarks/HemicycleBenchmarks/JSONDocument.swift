/// What `--json` prints: the machine, the settings, every result, the memory runs and the targets.
struct JSONDocument: Codable {
    struct Settings: Codable {
        var samples: Int
        var minimumSampleSeconds: Double
        var quick: Bool
    }

    /// One benchmark. Seconds are per call of `itemsPerCall` items; the rate is at the median.
    struct Result: Codable {
        var name: String
        var unit: String
        var itemsPerCall: Int
        var callsPerSample: Int
        var samples: Int
        var minSeconds: Double
        var medianSeconds: Double
        var p90Seconds: Double
        var ratePerSecond: Double
        var nanosecondsPerItem: Double
        var secondaryUnit: String?
        var secondaryItemsPerCall: Int?
        var secondaryRatePerSecond: Double?
        var note: String?

        init(_ measurement: Measurement) {
            name = measurement.name
            unit = measurement.unit
            itemsPerCall = measurement.itemsPerCall
            callsPerSample = measurement.callsPerSample
            samples = measurement.seconds.count
            minSeconds = measurement.minimum
            medianSeconds = measurement.median
            p90Seconds = measurement.p90
            ratePerSecond = measurement.rate
            nanosecondsPerItem = measurement.nanosecondsPerItem
            secondaryUnit = measurement.secondary?.unit
            secondaryItemsPerCall = measurement.secondary?.itemsPerCall
            secondaryRatePerSecond = measurement.secondaryRate
            note = measurement.note.isEmpty ? nil : measurement.note
        }
    }

    var tool = "hemicycle-bench"
    var format = 1
    var machine: MachineInfo
    var settings: Settings
    var results: [Result]
    var memory: MemoryBenchmark.Result?
    var sizes: SizeBenchmark.Result?
    var targets: [TargetResult]

    init(
        machine: MachineInfo, settings: Settings, results: [Result], memory: MemoryBenchmark.Result?, sizes: SizeBenchmark.Result?,
        targets: [TargetResult]
    ) {
        self.machine = machine
        self.settings = settings
        self.results = results
        self.memory = memory
        self.sizes = sizes
        self.targets = targets
    }
}
