import Testing

@Suite("CLI placeholder") struct PlaceholderTests {
    @Test func builds() {
        #expect(Bool(true))
    }
}
