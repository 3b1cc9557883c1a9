/// Everything wrong with a scenario file, reported at once.
///
/// Each problem names the JSON path where it lies (`constituencies[3].round1.shares`) and says
/// what is wrong; the error names the file. Its description prints one line per problem,
/// `file: path: message`, ready for a terminal.
public struct ScenarioError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is. An open set: new codes break nobody.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Storage: String, Sendable, Hashable {
            case unreadableFile = "unreadable-file"
            case malformedJSON = "malformed-json"
            case wrongType = "wrong-type"
            case missingField = "missing-field"
            case unknownField = "unknown-field"
            case unknownReference = "unknown-reference"
            case duplicateIdentifier = "duplicate-identifier"
            case sharesDoNotSumToOne = "shares-do-not-sum-to-one"
            case outOfRange = "out-of-range"
            case seatsDoNotAddUp = "seats-do-not-add-up"
            case inconsistentCounts = "inconsistent-counts"
            case extendsCycle = "extends-cycle"
            case extendsTooDeep = "extends-too-deep"
            case extendsOutsideFolder = "extends-outside-folder"
            case unsupported = "unsupported"
            case tooLarge = "too-large"
        }
        let storage: Storage

        /// The file could not be read.
        public static let unreadableFile = Code(storage: .unreadableFile)
        /// The file is not valid JSON.
        public static let malformedJSON = Code(storage: .malformedJSON)
        /// A value has the wrong JSON type.
        public static let wrongType = Code(storage: .wrongType)
        /// A required field is absent.
        public static let missingField = Code(storage: .missingField)
        /// A field the format does not know (often a typo).
        public static let unknownField = Code(storage: .unknownField)
        /// An identifier that names nothing declared.
        public static let unknownReference = Code(storage: .unknownReference)
        /// An identifier declared twice.
        public static let duplicateIdentifier = Code(storage: .duplicateIdentifier)
        /// Shares that should sum to one do not.
        public static let sharesDoNotSumToOne = Code(storage: .sharesDoNotSumToOne)
        /// A number outside its allowed range.
        public static let outOfRange = Code(storage: .outOfRange)
        /// Seats do not add up to the assembly's size.
        public static let seatsDoNotAddUp = Code(storage: .seatsDoNotAddUp)
        /// Counts that contradict each other (more votes than voters, say).
        public static let inconsistentCounts = Code(storage: .inconsistentCounts)
        /// A scenario that extends itself, directly or not.
        public static let extendsCycle = Code(storage: .extendsCycle)
        /// A chain of `extends` longer than ``ScenarioLoader/maximumExtendsDepth`` links.
        public static let extendsTooDeep = Code(storage: .extendsTooDeep)
        /// An `extends` that names a file outside the folder the scenario may extend from.
        public static let extendsOutsideFolder = Code(storage: .extendsOutsideFolder)
        /// Something well-formed that Hemicycle does not do.
        public static let unsupported = Code(storage: .unsupported)
        /// A file, an array or an election beyond a stated size limit (``ScenarioLoader``'s
        /// `maximum…` constants), refused before the memory it would need is taken.
        public static let tooLarge = Code(storage: .tooLarge)

        /// The code's stable name, e.g. `shares-do-not-sum-to-one`.
        public var description: String { storage.rawValue }
    }

    /// One problem at one place.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// What kind of problem.
        public var code: Code
        /// Where, as a JSON path (`$` for the whole document).
        public var path: String
        /// What is wrong, in a sentence.
        public var message: String

        /// Creates a problem.
        public init(code: Code, path: String, message: String) {
            self.code = code
            self.path = path
            self.message = message
        }

        public var description: String { "\(path): \(message)" }
    }

    /// The file the problems are in.
    public var file: String
    /// The problems, in document order as far as possible.
    public var problems: [Problem]

    /// Creates an error.
    public init(file: String, problems: [Problem]) {
        self.file = file
        self.problems = problems
    }

    public var description: String {
        problems.map { "\(file): \($0.path): \($0.message)" }.joined(separator: "\n")
    }
}
