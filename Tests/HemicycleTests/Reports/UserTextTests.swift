import Hemicycle
import Testing

/// The one reading of percentages, signed figures and names that every command shares.
@Suite("User text")
struct UserTextTests {
    @Test("a percentage is digits and one point, with or without %, to the millionth of a point")
    func percent() {
        #expect(UserText.percent("45%") == 45 && UserText.percent("45") == 45 && UserText.percent("2.5") == 2.5)
        #expect(UserText.percent("12.3456789") == 12.345679)
        for bad in ["", "%", "1e2", "-5", "+5", "5.5.5", "five", " 5", "nan", "inf"] { #expect(UserText.percent(bad) == nil, "\(bad)") }
    }

    @Test("signed figures carry + or the minus sign, and zero none")
    func signed() {
        #expect(UserText.signed(3.2191, decimals: 2) == "+3.22")
        #expect(UserText.signed(-3.2191, decimals: 2) == "−3.22")
        #expect(UserText.signed(0, decimals: 2) == "0.00" && UserText.signed(-0.0001, decimals: 2) == "0.00")
    }

    @Test("names: id, then display name, then either whatever the case; suggestions for typos")
    func names() {
        let ids = ["ADEMA", "CNID", "X"], names = ["ADEMA-PASJ", "CNID", "ADEMA"]
        #expect(UserText.match("ADEMA", ids: ids, names: names) == 0)  // an id wins over a display name
        #expect(UserText.match("ADEMA-PASJ", ids: ids, names: names) == 0)
        #expect(UserText.match("cnid", ids: ids, names: names) == 1)
        #expect(UserText.match("nobody", ids: ids, names: names) == nil)
        #expect(UserText.closest(to: "ADEMMA", among: ids) == "ADEMA")
        #expect(UserText.closest(to: "zzzzzz", among: ids) == nil)
    }
}
