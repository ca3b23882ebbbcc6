import Testing

@testable import MSSTerminal

@Suite struct TerminalCheckTests {
  @Test func refusals() {
    #expect(
      TerminalCheck.problem(stdinIsTerminal: true, stdoutIsTerminal: false, term: "xterm")
        == "standard output is not a terminal")
    #expect(
      TerminalCheck.problem(stdinIsTerminal: false, stdoutIsTerminal: true, term: "xterm")
        == "standard input is not a terminal")
    #expect(
      TerminalCheck.problem(stdinIsTerminal: true, stdoutIsTerminal: true, term: nil)
        == "TERM is not set")
    #expect(
      TerminalCheck.problem(stdinIsTerminal: true, stdoutIsTerminal: true, term: "")
        == "TERM is not set")
    #expect(
      TerminalCheck.problem(stdinIsTerminal: true, stdoutIsTerminal: true, term: "dumb")
        == "TERM=dumb cannot show a full-screen dashboard")
    #expect(
      TerminalCheck.problem(stdinIsTerminal: true, stdoutIsTerminal: true, term: "linux") == nil)
  }

  /// TERM is printed in the note: an escape sequence in it must not reach the terminal.
  @Test func hostileTermIsPrintedSafely() {
    let message = TerminalCheck.unknownTerminal("x\u{1B}]0;pwned\u{7}")
    #expect(message == "TERM=x?]0;pwned? is not a terminal type this system knows")
    #expect(TerminalCheck.printable(String(repeating: "a", count: 100)).count == 43)
  }

  @Test(arguments: [
    ("UTF-8", true), ("utf8", true), ("ANSI_X3.4-1968", false), ("ISO-8859-1", false), ("", false),
  ])
  func utf8Codesets(codeset: String, utf8: Bool) {
    #expect(TerminalCheck.isUTF8(codeset: codeset) == utf8)
  }
}

@Suite struct LocaleFallbackTests {
  @Test(
    arguments: [
      ("en_US.UTF-8", true), ("fr_FR.utf8@euro", true), ("C.UTF-8", true), ("C", false),
      ("en_US.ISO-8859-1", false), ("en_US", false), (nil, false),
    ] as [(String?, Bool)])
  func localeNamesThatMeanUTF8(locale: String?, utf8: Bool) {
    #expect(TerminalCheck.asksForUTF8(locale) == utf8)
  }
}
