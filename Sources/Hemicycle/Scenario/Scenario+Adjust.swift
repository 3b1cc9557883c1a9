/// The `adjust` block: adjustments a scenario states, in the command line's own syntax
/// (``Adjustment/parse(option:value:)``), so that a what-if reads as the command that gives it:
///
/// ```json
/// "adjust": {"turnout": "45%", "boycott": "CNID", "swing": ["ADEMA-PASJ=-5:logit"]}
/// ```
///
/// Each member takes one value or an array of them; `noBoycott: true` ends every boycott,
/// `noWithdrawals: true` takes back every withdrawal, `modelRound2: true` models round 2 from
/// the transfers. They apply in a fixed order, whatever the order of the members: `noBoycott`,
/// `boycott`, `noWithdrawals`, `modelRound2`, `swing`, then `turnout` (so that a turnout
/// level holds after the swings).
public struct AdjustSpec: Decodable, Sendable {
    /// Turnout levels (`--turnout`'s syntax).
    public var turnout: [String]?
    /// Swings (`--swing`'s syntax).
    public var swing: [String]?
    /// Boycotts (`--boycott`'s syntax).
    public var boycott: [String]?
    /// Whether every boycott of the scenario (or of the one it extends) ends.
    public var noBoycott: Bool?
    /// Whether round 2 is modelled from round 1 by the transfers (`--model-round2`).
    public var modelRound2: Bool?
    /// Whether every withdrawal is taken back (`--no-withdrawals`).
    public var noWithdrawals: Bool?
    /// Sources.
    public var provenance: ProvenanceSpec?

    enum Key: String, CodingKey, CaseIterable {
        case turnout, swing, boycott, noBoycott, modelRound2, noWithdrawals, provenance
    }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        turnout = reader.read(.turnout, as: StringOrStrings.self)?.values
        swing = reader.read(.swing, as: StringOrStrings.self)?.values
        boycott = reader.read(.boycott, as: StringOrStrings.self)?.values
        noBoycott = reader.read(.noBoycott)
        modelRound2 = reader.read(.modelRound2)
        noWithdrawals = reader.read(.noWithdrawals)
        provenance = reader.read(.provenance)
    }

    /// The block's adjustments in the order they apply, each with its JSON path; values that
    /// do not parse are problems at their path.
    func adjustments(_ context: inout ValidationContext) -> [(adjustment: Adjustment, path: String)] {
        var result: [(Adjustment, String)] = []
        _ = context.note(provenance, "adjust")
        if noBoycott == true { result.append((.endBoycotts, "adjust.noBoycott")) }
        if noWithdrawals == true { result.append((.noWithdrawals, "adjust.noWithdrawals")) }
        if modelRound2 == true { result.append((.modelRound2, "adjust.modelRound2")) }
        let members: [(String, String, [String]?)] = [
            ("boycott", "--boycott", boycott), ("swing", "--swing", swing), ("turnout", "--turnout", turnout),
        ]
        for (member, option, values) in members {
            for (index, value) in (values ?? []).enumerated() {
                let path = JSONPath.join("adjust", member) + ((values?.count ?? 0) > 1 ? "[\(index)]" : "")
                do {
                    result.append((try Adjustment.parse(option: option, value: value), path))
                } catch {
                    context.fail(.outOfRange, path, error.message)
                }
            }
        }
        return result
    }
}

/// Why a scenario with adjustments could not be loaded: a problem of the scenario (its file,
/// its `adjust` block), or of an adjustment given on the command line (named by its option).
public enum AdjustedLoadError: Error, Sendable {
    /// The scenario, with its file and JSON paths.
    case scenario(ScenarioError)
    /// A command-line adjustment: the option and the problem.
    case option(String, AdjustmentProblem)

    /// The error as a scenario's (an option's problem at the option's name), for loaders that
    /// take no command-line adjustments and so can only meet the first kind.
    func asScenarioError(file: String) -> ScenarioError {
        switch self {
        case .scenario(let problem): return problem
        case .option(let option, let problem):
            return ScenarioError(file: file, problems: [.init(code: .outOfRange, path: option, message: problem.message)])
        }
    }
}

extension Adjustment {
    /// The option that gives this adjustment on the command line.
    public var option: String { commandLine[0] }
}

extension ScenarioLoader {
    /// Loads the scenario at `path` (`nil`: the embedded Mali 1992) with its `adjust` block and
    /// then `adjustments` applied, and the digest of the adjusted scenario (the resolved
    /// document with the command line's adjustments, so that shards of different what-ifs never merge).
    ///
    /// Adjustments apply in a fixed order of kinds: `set`, ended boycotts, boycotts (the
    /// document edits), then swings, then turnout levels; within a kind, in the order given;
    /// the scenario's block before the command line's.
    public static func loadAdjusted(path: String?, adjustments: [Adjustment]) throws(AdjustedLoadError)
        -> (election: Election, digest: String)
    {
        let file = path ?? embeddedName + " (embedded)"
        let document: JSONValue
        var origins: OriginNode?
        do throws(ScenarioError) {
            if let path {
                (document, origins) = try resolvedDocumentWithOrigins(path: path)
            } else {
                document = try parse(PackageResources.mali_1992_json, file: file)
            }
        } catch {
            throw .scenario(error)
        }
        return try adjusted(document, file: file, adjustments: adjustments, origins: origins)
    }

    /// ``loadAdjusted(path:adjustments:)`` on a resolved document.
    static func adjusted(
        _ original: JSONValue, file: String, adjustments: [Adjustment], origins: OriginNode? = nil
    ) throws(AdjustedLoadError) -> (election: Election, digest: String) {
        var document = original
        // Only the block is decoded here: the whole document is decoded once, by `build`, which
        // also reports the block's type errors.
        var context = ValidationContext()
        var block: [(adjustment: Adjustment, path: String)] = []
        if let member = document["adjust"] {
            let decoder = JSONValueDecoder(userInfo: [DecodingLog.userInfoKey: DecodingLog()])
            block = (try? decoder.decode(AdjustSpec.self, from: member))?.adjustments(&context) ?? []
        }
        if !context.problems.isEmpty { throw .scenario(ScenarioError(file: file, problems: context.problems)) }
        let ordered = Adjustment.ordered(
            block.map { ($0.adjustment, Origin.block($0.path)) } + adjustments.map { ($0, .option($0.option)) }, by: \.0)
        var summaries: [String] = []
        for (adjustment, origin) in ordered where adjustment.isDocumentEdit {
            do {
                let edit = try document.applying(adjustment)
                document = edit.document
                summaries.append(edit.summary)
            } catch {
                throw origin.error(error, file: file)
            }
        }
        var digestDocument = document
        if !adjustments.isEmpty {
            let words = adjustments.flatMap(\.commandLine).map(JSONValue.string)
            digestDocument = .object([("scenario", document), ("commandLine", .array(words))])
        }
        var election: Election
        do {
            election = try build(document, file: file)
        } catch {
            // Say which edits the document had: the problem may be theirs.
            let edits = ordered.filter { $0.0.isDocumentEdit }.map { $0.0.commandLine.joined(separator: " ") }
            var problem = origins.map { error.placed(by: $0) } ?? error
            if !edits.isEmpty { problem.file += " (adjusted by \(edits.joined(separator: ", ")))" }
            throw .scenario(problem)
        }
        election.adjustments = summaries
        for (adjustment, origin) in ordered where !adjustment.isDocumentEdit {
            do {
                election = try election.adjusted(by: [adjustment])
            } catch {
                throw origin.error(error, file: file)
            }
        }
        return (election, ScenarioDigest.of(digestDocument))
    }

    /// Where an adjustment was given.
    enum Origin {
        case block(String)
        case option(String)

        func error(_ problem: AdjustmentProblem, file: String) -> AdjustedLoadError {
            switch self {
            case .block(let path):
                return .scenario(ScenarioError(file: file, problems: [.init(code: .outOfRange, path: path, message: problem.message)]))
            case .option(let name):
                return .option(name, problem)
            }
        }
    }
}
