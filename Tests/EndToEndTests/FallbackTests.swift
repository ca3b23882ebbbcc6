import Testing

/// Where a full-screen dashboard cannot run, mssdash says why in one line and prints the
/// snapshot instead; where the locale is not UTF-8 it draws in ASCII.
@Suite(.enabled(if: Tools.hasTmux, "tmux is not installed: end-to-end tests skipped"))
struct FallbackTests {
  @Test(
    arguments: [
      (
        "dumb",
        "mssdash: TERM=dumb cannot show a full-screen dashboard; printing a snapshot instead"
      ),
      (nil, "mssdash: TERM is not set; printing a snapshot instead"),
      (
        "no-such-terminal-x1",
        "mssdash: TERM=no-such-terminal-x1 is not a terminal type this system knows; printing a snapshot instead"
      ),
    ] as [(String?, String)])
  func badTerminalPrintsSnapshot(term: String?, note: String) throws {
    let pane = try DashboardPane.start(
      width: 140, height: 50, environment: ["TERM": term, "COLUMNS": "80", "LINES": "20"])
    defer { pane.close() }
    let screen = try pane.waitForExit()
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == note, "the note, alone on the first line; the screen was:\n\(screen)")
    #expect(screen.contains("EXIT=0"))
    #expect(screen.contains("Pledges"), "the snapshot follows; the screen was:\n\(screen)")
    #expect(try pane.format("#{alternate_on}") == "0")
  }

  @Test func cLocaleDrawsASCII() throws {
    let pane = try DashboardPane.start(environment: ["LANG": "C"])
    defer { pane.close() }
    let screen = try pane.waitFor(text: "Pledges")
    let foreign = screen.unicodeScalars.filter { !$0.isASCII }
    #expect(
      foreign.isEmpty,
      "non-ASCII on a C-locale screen: \(String(String.UnicodeScalarView(foreign)))\n\(screen)")
    #expect(screen.contains("+-"), "ASCII borders; the screen was:\n\(screen)")
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// Over SSH, LANG often names a UTF-8 locale the server does not have: the terminal is still
  /// UTF-8, so the dashboard draws with Unicode (through C.UTF-8), not ASCII.
  @Test func missingUTF8LocaleStillDrawsUnicode() throws {
    let pane = try DashboardPane.start(environment: ["LANG": "xx_NO.UTF-8"])
    defer { pane.close() }
    let screen = try pane.waitFor(text: "Pledges")
    #expect(screen.contains("╭─ 1 Pledges"), "box drawing expected:\n\(screen)")
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }
}
