import Hemicycle
import Testing

@Suite("Diagram colours") struct DiagramColourTests {
    @Test(arguments: [
        ("#000", "#000000"), ("#fff", "#ffffff"), ("#0A5", "#00aa55"), ("#00853f", "#00853f"),
        ("#ABCDEF", "#abcdef"),
    ])
    func parsesHexColours(text: String, hex: String) throws {
        #expect(try #require(DiagramColour(hex: text)).hex == hex)
    }

    @Test(arguments: [
        "", "#", "red", "000000", "#12", "#1234", "#12345", "#1234567", "#ggg", " #fff", "#fff ", "rgb(0,0,0)", "#ｆｆｆ",
    ])
    func rejectsOtherText(text: String) {
        #expect(DiagramColour(hex: text) == nil)
    }

    @Test func computesWCAGContrast() {
        #expect(DiagramColour.black.relativeLuminance == 0)
        #expect(abs(DiagramColour.white.relativeLuminance - 1) < 1e-12)
        #expect(abs(DiagramColour.black.contrastRatio(with: .white) - 21) < 1e-9)
        #expect(DiagramColour.white.contrastRatio(with: .white) == 1)
        // #767676 is the classic darkest grey that passes 4.5:1 on white.
        let grey = DiagramColour(red: 0x76, green: 0x76, blue: 0x76)
        #expect(grey.contrastRatio(with: .white) >= 4.5)
    }

    @Test func picksLegibleTextColours() throws {
        #expect(try #require(DiagramColour(hex: "#f0e442")).legibleTextColour == .black)  // yellow
        #expect(try #require(DiagramColour(hex: "#0d378a")).legibleTextColour == .white)  // dark blue
        #expect(try #require(DiagramColour(hex: "#e69f00")).legibleTextColour == .black)  // orange
        for index in 0..<100 {
            let colour = DiagramColour.palette(at: index)
            let text = colour.legibleTextColour
            #expect(colour.contrastRatio(with: text) >= 4.5, "palette \(index) \(colour)")
        }
    }

    @Test func paletteIsDeterministicAndDistinctAtFirst() {
        let first = (0..<17).map(DiagramColour.palette(at:))
        #expect(Set(first).count == 17)
        #expect(first == (0..<17).map(DiagramColour.palette(at:)))
        #expect(DiagramColour.palette(at: 0).hex == "#0072b2")
        #expect(DiagramColour.palette(at: -5) == DiagramColour.palette(at: 0))
        #expect(DiagramColour.palette(at: Int.max).hex.count == 7)
        #expect(Set((0..<85).map(DiagramColour.palette(at:))).count == 85)
    }

    @Test func resolvesPartyColours() {
        #expect(DiagramColour.resolve("#c00", index: 4).hex == "#cc0000")
        #expect(DiagramColour.resolve("teal", index: 2) == DiagramColour.palette(at: 2))
        #expect(DiagramColour.resolve(nil, index: 1) == DiagramColour.palette(at: 1))
    }

    @Test func mixesTowardsATarget() {
        #expect(DiagramColour.black.mixed(with: .white, fraction: 0.5).hex == "#808080")
        #expect(DiagramColour.black.mixed(with: .white, fraction: 7) == .white)
        #expect(DiagramColour.black.mixed(with: .white, fraction: .nan) == .black)
    }
}
