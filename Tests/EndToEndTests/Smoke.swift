import Testing

@Suite struct EndToEndTestsSmoke {
  @Test func compiles() { #expect(Bool(true)) }
}
