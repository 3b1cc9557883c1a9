/// The body being elected: its name, dates and nominal size.
public struct Assembly: Sendable, Hashable, Codable {
    /// The assembly's name, e.g. "National Assembly of Mali".
    public var name: String
    /// The date of the first round (ISO 8601), when given.
    public var date: String?
    /// The date of the second round (ISO 8601), when given.
    public var secondRoundDate: String?
    /// The nominal number of seats, filled or not.
    public var size: Int
    /// Seats that belong to no constituency and stay vacant, with the reason.
    public var vacancies: [Vacancy]

    /// Seats left vacant at the assembly level.
    public var vacantSeats: Int { vacancies.reduce(0) { $0 + $1.seats } }

    /// The seats needed for an absolute majority of the nominal assembly: ⌊size/2⌋ + 1.
    public var majority: Int { size / 2 + 1 }

    /// Creates an assembly.
    public init(name: String, date: String?, secondRoundDate: String?, size: Int, vacancies: [Vacancy]) {
        self.name = name
        self.date = date
        self.secondRoundDate = secondRoundDate
        self.size = size
        self.vacancies = vacancies
    }
}

/// Seats of the assembly that nobody fills, and why.
public struct Vacancy: Sendable, Hashable, Codable {
    /// The number of seats.
    public var seats: Int
    /// Why they stay vacant.
    public var reason: String

    /// Creates a vacancy.
    public init(seats: Int, reason: String) {
        self.seats = seats
        self.reason = reason
    }
}
