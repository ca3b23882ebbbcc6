import Testing

@Suite struct MSSTerminalTestsSmoke {
  @Test func compiles() { #expect(Bool(true)) }
}
