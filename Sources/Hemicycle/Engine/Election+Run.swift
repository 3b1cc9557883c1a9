extension Election {
    /// The deterministic result under the scenario's own system.
    public func run() -> ElectionResult {
        switch system {
        case .twoRound: return TwoRoundEngine(election: self).run()
        case .singleRound(let single): return SingleRoundEngine(election: self, system: single).run()
        }
    }
}
