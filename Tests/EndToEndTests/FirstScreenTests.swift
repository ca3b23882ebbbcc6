import Testing

/// The first screen, on the terminals people use: every panel, the seed figures, and borders
/// that line up to the last column.
@Suite(.enabled(if: Tools.hasTmux, "tmux is not installed: end-to-end tests skipped"))
struct FirstScreenTests {
  static let panels = ["1 Pledges", "2 Humanitarian", "3 Timeline", "╭─ 4 "]
  static let seedFigures = ["~2,900", "~430", "≥115", ">700,000"]

  @Test(arguments: [(80, 24), (132, 43)])
  func showsAllPanelsWithTheSeedFigures(width: Int, height: Int) throws {
    let pane = try DashboardPane.start(width: width, height: height)
    defer { pane.close() }
    let screen = try pane.waitFor("all panels and figures") { screen in
      (Self.panels + Self.seedFigures).allSatisfy { screen.contains($0) }
    }
    #expect(screen.contains("as of 11 Oct 2024"))
    ScreenCheck.expectBordersLineUp(screen, width: width, height: height)
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// The terminals mssdash meets over SSH and on a console: colour depth and capabilities
  /// differ (vt100 has no colour at all), the screen does not.
  @Test(arguments: ["xterm-256color", "xterm", "screen", "tmux-256color", "linux", "vt100"])
  func worksOnCommonTerminalTypes(term: String) throws {
    let pane = try DashboardPane.start(environment: ["TERM": term])
    defer { pane.close() }
    let screen = try pane.waitFor("the seed figures on TERM=\(term)") { screen in
      Self.seedFigures.allSatisfy { screen.contains($0) }
    }
    ScreenCheck.expectBordersLineUp(screen, width: 80, height: 24)
    try pane.send("q")
    let after = try pane.waitForExit()
    #expect(after.contains("EXIT=0"))
    #expect(try pane.format("#{alternate_on}") == "0")
    // Without an alternate screen (linux, vt100) the dashboard is cleared, not left behind.
    let shell = try pane.capture()
    #expect(!shell.contains("Pledges"), "the dashboard was left on the shell's screen:\n\(shell)")
  }
}

/// Colour follows the terminal and the user: 256 colours on xterm-256color, attributes only
/// with NO_COLOR or `--color never`.
@Suite(.enabled(if: Tools.hasTmux, "tmux is not installed: end-to-end tests skipped"))
struct ColourTests {
  @Test(
    arguments: [
      ([], [:], true), ([], ["NO_COLOR": "1"], false), (["--color", "never"], [:], false),
    ] as [([String], [String: String?], Bool)])
  func colourOrAttributesOnly(arguments: [String], environment: [String: String?], colour: Bool)
    throws
  {
    let pane = try DashboardPane.start(
      arguments: DashboardPane.seedArguments + arguments, environment: environment)
    defer { pane.close() }
    try pane.waitFor(text: "~2,900")
    let styled = try pane.run("capture-pane", "-p", "-e", "-t", "0")
    let colours = ScreenCheck.colourCodes(in: styled)
    if colour {
      #expect(colours.contains { $0.hasPrefix("38;5;") }, "no 256-colour foreground: \(colours)")
    } else {
      #expect(colours.isEmpty, "colours despite \(arguments) \(environment): \(colours)")
    }
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }
}

/// The frame is sent in as few bytes as curses allows (long lines as line-drawing characters,
/// bold dropped from lines where colour already marks focus, blanks in a neighbour's colour):
/// what the terminal shows must not change. `TMUX` unset is a terminal outside tmux, where
/// curses itself must fall back to "─" on terminals whose line drawing is unreliable in UTF-8.
@Suite(.enabled(if: Tools.hasTmux, "tmux is not installed: end-to-end tests skipped"))
struct LineAndColourTests {
  @Test(
    arguments: [
      ("xterm-256color", false), ("screen", false), ("linux", false), ("screen", true),
      ("linux", true),
    ])
  func boxLinesAndColoursStay(term: String, outsideTmux: Bool) throws {
    let pane = try DashboardPane.start(
      arguments: DashboardPane.seedArguments,
      environment: outsideTmux ? ["TERM": term, "TMUX": nil] : ["TERM": term])
    defer { pane.close() }
    let screen = try pane.waitFor("the seed figures on TERM=\(term)") { screen in
      FirstScreenTests.seedFigures.allSatisfy { screen.contains($0) }
    }
    ScreenCheck.expectBordersLineUp(screen, width: 80, height: 24)
    let rows = screen.split(separator: "\n").map(String.init)
    let bottoms = rows.filter { $0.hasPrefix("╰───────────") }
    #expect(!bottoms.isEmpty, "no bottom border drawn with ─ on TERM=\(term):\n\(screen)")
    #expect(!screen.contains("qqq"), "line-drawing letters shown as text:\n\(screen)")
    let styled = try pane.run("capture-pane", "-p", "-e", "-t", "0")
    let colours = ScreenCheck.colourCodes(in: styled)
    if term == "xterm-256color" {
      // The default theme: cyan (an ANSI colour) for the focused frame, a 256-colour grey for
      // secondary text.
      #expect(colours.contains("36") && colours.contains("38;5;246"), "\(colours)")
    } else {
      #expect(!colours.isEmpty, "no colour on TERM=\(term)")
    }
    // The focused panel's left border (first content row) is bold where colour alone cannot
    // tell it from the others (8 colours: both cyan).
    let firstRow = styled.split(separator: "\n").dropFirst(2).first.map(String.init) ?? ""
    let beforeBorder = firstRow.prefix { $0 != "│" }
    if term == "linux" {
      #expect(
        beforeBorder.contains("\u{1B}[1m") || beforeBorder.contains(";1m")
          || beforeBorder.contains("[1;"), "focused border not bold: \(firstRow.debugDescription)")
    }
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }
}

enum ScreenCheck {
  /// Every row is exactly `width` columns and every bordered row ends in a border character:
  /// a wide character or an escape that slipped through would push the edge out of place.
  static func expectBordersLineUp(
    _ screen: String, width: Int, height: Int, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(height)
    let edges: Set<Character> = ["│", "╮", "╯", "|", "+"]
    for (index, row) in rows.enumerated() {
      let columns = row.count
      #expect(
        columns <= width, "row \(index) is \(columns) columns wide:\n\(screen)",
        sourceLocation: sourceLocation)
      guard let first = row.first, "│╭╰|+".contains(first) else { continue }
      #expect(
        columns == width && row.last.map { edges.contains($0) } == true,
        "row \(index) does not end in a border at column \(width):\n\(screen)",
        sourceLocation: sourceLocation)
    }
  }

  /// The colour parameters of the SGR sequences in a `capture-pane -e` screen, apart from the
  /// resets to the terminal's own colours (39, 49).
  static func colourCodes(in styled: String) -> Set<String> {
    var codes: Set<String> = []
    for sequence in styled.split(separator: "\u{1B}").dropFirst() {
      guard sequence.hasPrefix("["), let end = sequence.firstIndex(of: "m") else { continue }
      let parameters = sequence[sequence.index(after: sequence.startIndex)..<end]
      var fields = parameters.split(separator: ";").map(String.init)[...]
      while let field = fields.popFirst() {
        if field == "38" || field == "48" {
          codes.insert(([field] + fields.prefix(2)).joined(separator: ";"))
          fields = fields.dropFirst(2)
        } else if let number = Int(field),
          (30...37).contains(number) || (40...47).contains(number)
            || (90...97).contains(number) || (100...107).contains(number)
        {
          codes.insert(field)
        }
      }
    }
    return codes
  }
}
