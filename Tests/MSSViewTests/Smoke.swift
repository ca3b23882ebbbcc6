import Testing

@Suite struct MSSViewTestsSmoke {
  @Test func compiles() { #expect(Bool(true)) }
}
