import Foundation

/// Loads the official election results in `Fixtures/elections/`, copied byte for byte from the
/// shared data set; each file names its sources and its legal basis.
enum ElectionFixture {
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "fixture \(name).json is not in the test bundle" }
    }

    static func load<Value: Decodable>(_ name: String, as type: Value.Type = Value.self) throws -> Value {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/elections")
        else {
            throw Missing(name: name)
        }
        // Keys are spelled out in CodingKeys: a key strategy would also rewrite party names.
        return try JSONDecoder().decode(Value.self, from: Data(contentsOf: url))
    }
}

/// `es_congreso_2019_04.json`: Spain, Congress of Deputies, April 2019.
struct SpainCongress: Decodable {
    struct District: Decodable {
        let name: String
        let provinceCode: String
        let seats: Int
        let registered: Int
        let blankVotes: Int
        let nullVotes: Int
        let validVotes: Int
        let votes: [String: Int]
        let officialSeats: [String: Int]
        /// The national head candidacy of each candidacy, by short name.
        let nationalGroup: [String: String]

        enum CodingKeys: String, CodingKey {
            case name, seats, votes, registered
            case provinceCode = "province_code"
            case blankVotes = "blank_votes"
            case nullVotes = "null_votes"
            case validVotes = "valid_votes"
            case officialSeats = "official_seats"
            case nationalGroup = "national_group"
        }
    }

    struct National: Decodable {
        let registered: Int
        let candidacyVotes: Int
        let blankVotes: Int
        let nullVotes: Int

        enum CodingKeys: String, CodingKey {
            case registered
            case candidacyVotes = "candidacy_votes"
            case blankVotes = "blank_votes"
            case nullVotes = "null_votes"
        }
    }

    let totalSeats: Int
    let national: National
    let nationalOfficialSeatsByCandidacy: [String: Int]
    let nationalOfficialSeatsByNationalGroup: [String: Int]
    let districts: [District]

    enum CodingKeys: String, CodingKey {
        case districts, national
        case totalSeats = "total_seats"
        case nationalOfficialSeatsByCandidacy = "national_official_seats_by_candidacy"
        case nationalOfficialSeatsByNationalGroup = "national_official_seats_by_national_group"
    }
}

/// `no_storting_2021.json`: Norway, Storting, 2021.
struct NorwayStorting: Decodable {
    struct County: Decodable {
        let name: String
        let countyNumber: String
        let seats: Int
        let districtSeats: Int
        let levelingSeats: Int
        let votes: [String: Int]
        let officialDistrictSeats: [String: Int]
        let officialLevelingSeats: [String: Int]

        enum CodingKeys: String, CodingKey {
            case name, seats, votes
            case countyNumber = "county_number"
            case districtSeats = "district_seats"
            case levelingSeats = "leveling_seats"
            case officialDistrictSeats = "official_district_seats"
            case officialLevelingSeats = "official_leveling_seats"
        }
    }

    struct National: Decodable {
        let votes: [String: Int]
    }

    let totalSeats: Int
    let national: National
    let nationalOfficialSeats: [String: Int]
    let nationalOfficialLevelingSeats: [String: Int]
    let districts: [County]

    enum CodingKeys: String, CodingKey {
        case national, districts
        case totalSeats = "total_seats"
        case nationalOfficialSeats = "national_official_seats"
        case nationalOfficialLevelingSeats = "national_official_leveling_seats"
    }
}

/// `nz_parliament_2014.json`: New Zealand, House of Representatives, 2014.
struct NewZealandParliament: Decodable {
    struct Allocation: Decodable {
        let seats: Int
        let validVotes: Int
        let votes: [String: Int]
        let electorateSeatsWon: [String: Int]
        let officialSeats: [String: Int]

        enum CodingKeys: String, CodingKey {
            case seats, votes
            case validVotes = "valid_votes"
            case electorateSeatsWon = "electorate_seats_won"
            case officialSeats = "official_seats"
        }
    }

    let totalSeats: Int
    let nationalOfficialSeats: [String: Int]
    let nationalOfficialElectorateSeats: [String: Int]
    let nationalOfficialListSeats: [String: Int]
    let districts: [Allocation]

    enum CodingKeys: String, CodingKey {
        case districts
        case totalSeats = "total_seats"
        case nationalOfficialSeats = "national_official_seats"
        case nationalOfficialElectorateSeats = "national_official_electorate_seats"
        case nationalOfficialListSeats = "national_official_list_seats"
    }
}

/// The one district of an election allocated nationally (Slovakia, Greece): its seats, valid
/// votes, votes per list and official seats.
struct NationalDistrict: Decodable {
    let seats: Int
    let validVotes: Int
    let votes: [String: Int]
    let officialSeats: [String: Int]

    enum CodingKeys: String, CodingKey {
        case seats, votes
        case validVotes = "valid_votes"
        case officialSeats = "official_seats"
    }
}

/// `sk_nrsr_2020.json`: Slovakia, National Council, 2020.
struct SlovakiaNationalCouncil: Decodable {
    typealias District = NationalDistrict

    struct Rule: Decodable {
        struct Threshold: Decodable {
            /// `party`, `coalition of 2 or 3 parties`, `coalition of 4 or more parties`.
            let percentByListType: [String: Int]

            enum CodingKeys: String, CodingKey {
                case percentByListType = "percent_by_list_type"
            }
        }

        let threshold: Threshold
    }

    let totalSeats: Int
    let rule: Rule
    let coalitions: [String: Int]
    let nationalOfficialSeats: [String: Int]
    let districts: [District]

    enum CodingKeys: String, CodingKey {
        case coalitions, districts, rule
        case totalSeats = "total_seats"
        case nationalOfficialSeats = "national_official_seats"
    }
}

/// `fr_assemblee_2017.json`: France, National Assembly, 2017.
struct FrenchAssembly: Decodable {
    struct Candidate: Decodable {
        let name: String
        let nuance: String
        let votes: Int
        /// Round 1: `elected`, `qualified` or `eliminated`; round 2: `elected` or `defeated`.
        let officialStatus: String

        enum CodingKeys: String, CodingKey {
            case name, nuance, votes
            case officialStatus = "official_status"
        }
    }

    struct Round: Decodable {
        let registered: Int
        let voters: Int
        let blank: Int
        let null: Int
        let validVotes: Int
        let candidates: [Candidate]

        enum CodingKeys: String, CodingKey {
            case registered, voters, blank, null, candidates
            case validVotes = "valid_votes"
        }
    }

    struct Winner: Decodable {
        let name: String
        let nuance: String
        let round: Int
    }

    struct Constituency: Decodable {
        let id: String
        let round1: Round
        let round2: Round?
        let officialWinner: Winner
        /// 2024: the qualified candidates who did not stand in round 2.
        let withdrawn: [String]?

        enum CodingKeys: String, CodingKey {
            case id, round1, round2, withdrawn
            case officialWinner = "official_winner"
        }
    }

    let totalSeats: Int
    let nationalOfficialSeatsByNuance: [String: Int]
    let districts: [Constituency]

    enum CodingKeys: String, CodingKey {
        case districts
        case totalSeats = "total_seats"
        case nationalOfficialSeatsByNuance = "national_official_seats_by_nuance"
    }
}

extension Dictionary where Key == String, Value == Int {
    /// Seats (or votes) in the order of `names`, zero for names not present.
    func values(in names: [String]) -> [Int] {
        names.map { self[$0] ?? 0 }
    }

    /// Only the non-zero entries, to compare with official tables that list winners only.
    var nonZero: [String: Int] {
        filter { $0.value != 0 }
    }
}

/// `gr_vouli_2023_05.json`: one national allocation of 300 seats (Hare, 3% threshold).
struct GreekParliament: Decodable {
    typealias District = NationalDistrict

    struct National: Decodable {
        let registered: Int
        let votesCast: Int
        let validVotes: Int

        enum CodingKeys: String, CodingKey {
            case registered
            case votesCast = "votes_cast"
            case validVotes = "valid_votes"
        }
    }

    let totalSeats: Int
    let national: National
    let nationalOfficialSeats: [String: Int]
    let districts: [District]

    enum CodingKeys: String, CodingKey {
        case national, districts
        case totalSeats = "total_seats"
        case nationalOfficialSeats = "national_official_seats"
    }
}

/// `ch_zh_kantonsrat_2019.json`: Zurich's cantonal parliament, 2019 (biproportional).
struct ZurichKantonsrat: Decodable {
    struct District: Decodable {
        let id: String
        let name: String
        let seats: Int
        let votes: [String: Int]
        let officialSeats: [String: Int]

        enum CodingKeys: String, CodingKey {
            case id, name, seats, votes
            case officialSeats = "official_seats"
        }
    }

    let totalSeats: Int
    let partyOrder: [String]
    let nationalOfficialSeats: [String: Int]
    let officialQualified: [String]
    let districts: [District]

    enum CodingKeys: String, CodingKey {
        case districts
        case totalSeats = "total_seats"
        case partyOrder = "party_order"
        case nationalOfficialSeats = "national_official_seats"
        case officialQualified = "official_qualified"
    }

    /// Votes per district and list group, in `partyOrder`.
    var voteMatrix: [[Int]] { districts.map { $0.votes.values(in: partyOrder) } }
}
