import MSSCore
import Testing

@testable import MSSView

@Suite struct SnapshotANSITests {
  let esc = "\u{1B}"

  /// A small grid: a coloured title, plain text, and a header bar painted to the edge.
  var grid: Grid {
    var grid = Grid(width: 8, height: 2)
    grid.write("ab", x: 0, y: 0, role: .title)
    grid.write("cd", x: 2, y: 0, role: .text)
    grid.fill(Rect(x: 0, y: 1, width: 8, height: 1), Cell(" ", role: .header))
    grid.write("H", x: 0, y: 1, role: .header)
    return grid
  }

  let theme = Theme(
    name: "test",
    styles: [
      .text: Style(), .title: Style(.rgb(red: 0, green: 255, blue: 255), bold: true),
      .header: Style(.indexed(15), on: .indexed(4)),
    ])

  @Test func emitsSequencesOnlyWhereTheStyleChanges() {
    let out = ANSISnapshot.render(grid, theme: theme, depth: .sixteen)
    let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "\(esc)[1;96mab\(esc)[0mcd")
    #expect(lines[1] == "\(esc)[97;44mH       \(esc)[0m")
    #expect(out.hasSuffix("\(esc)[0m\n"))
  }

  @Test func usesThePaletteAndRGBFormsAtHigherDepths() {
    let palette = ANSISnapshot.render(grid, theme: theme, depth: .palette256)
    #expect(palette.hasPrefix("\(esc)[1;38;5;51mab"))
    let truecolor = ANSISnapshot.render(grid, theme: theme, depth: .truecolor)
    #expect(truecolor.hasPrefix("\(esc)[1;38;2;0;255;255mab"))
  }

  @Test func eightColoursUseOnlyTheBasicCodes() {
    let out = ANSISnapshot.render(grid, theme: theme, depth: .eight)
    #expect(out.hasPrefix("\(esc)[1;36mab"))
    #expect(out.contains("\(esc)[37;44mH"))
  }

  @Test func depthNoneWritesNoColourAtAll() {
    let out = ANSISnapshot.render(grid, theme: theme, depth: .none)
    expectNoColour(out)
    // The header's background becomes reverse video so the bar still shows.
    #expect(out.contains("\(esc)[7mH"))
  }

  @Test func noColorAndColorNeverProduceNoColourOnTheDashboard() throws {
    let model = SnapshotFixtures.model(
      try SnapshotFixtures.bundled(.seed), asOf: SnapshotFixtures.seedDay)
    let environments: [([String: String], ColorChoice)] = [
      (["TERM": "xterm-256color", "NO_COLOR": "1"], .auto),
      (["TERM": "xterm-256color", "COLORTERM": "truecolor"], .never),
      (["TERM": "dumb"], .auto),
    ]
    for (environment, choice) in environments {
      let depth = ColorDepth.forANSISnapshot(environment: environment, choice: choice)
      let out = SnapshotWriter.render(
        model, format: .ansi, width: 100, height: 30, theme: DefaultThemes.dark, colorDepth: depth)
      expectNoColour(out)
    }
  }

  @Test func theDashboardInColourResetsEveryLine() throws {
    let model = SnapshotFixtures.model(
      try SnapshotFixtures.bundled(.seed), asOf: SnapshotFixtures.seedDay)
    let out = SnapshotWriter.render(
      model, format: .ansi, width: 80, height: 24, theme: DefaultThemes.dark,
      colorDepth: .palette256)
    #expect(out.contains(esc))
    // Every line ends in the terminal's defaults: with a reset when it ends in a colour or an
    // attribute, without one when its last change already went back to plain text (the default
    // theme's borders are the terminal's own colour).
    var resets = 0
    for line in out.split(separator: "\n") where line.contains(esc) {
      #expect(Self.endsPlain(String(line)), "\(line.debugDescription)")
      if line.hasSuffix("\(esc)[0m") { resets += 1 }
    }
    #expect(resets > 0)
  }

  /// True when the SGR sequences of `line`, applied in order, leave no colour or attribute on.
  static func endsPlain(_ line: String) -> Bool {
    var foreground = false
    var background = false
    var attributes: Set<String> = []
    for parameters in SnapshotFixtures.sgrParameters(line) {
      var fields = parameters[...]
      while let field = fields.popFirst() {
        switch Int(field) ?? 0 {
        case 0: (foreground, background, attributes) = (false, false, [])
        case 1, 2, 4, 7: attributes.insert(field)
        case 39: foreground = false
        case 49: background = false
        case 30...37, 90...97: foreground = true
        case 40...47, 100...107: background = true
        case 38: (foreground, fields) = (true, fields.dropFirst(fields.first == "2" ? 4 : 2))
        case 48: (background, fields) = (true, fields.dropFirst(fields.first == "2" ? 4 : 2))
        default: break
        }
      }
    }
    return !foreground && !background && attributes.isEmpty
  }

  @Test func textWithoutEscapesMatchesTheTextSnapshot() throws {
    let model = SnapshotFixtures.model(
      try SnapshotFixtures.bundled(.seed), asOf: SnapshotFixtures.seedDay)
    let ansi = SnapshotWriter.render(
      model, format: .ansi, width: 80, height: 24, theme: DefaultThemes.dark, colorDepth: .none)
    let text = SnapshotWriter.render(
      model, format: .text, width: 80, height: 24, theme: DefaultThemes.dark)
    let stripped = ansi.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      TextSnapshot.trimmingTrailingSpaces(Self.strippingEscapes(String(line)))
    }
    #expect(stripped.joined(separator: "\n") == text)
  }

  func expectNoColour(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    for parameters in SnapshotFixtures.sgrParameters(text) {
      let attributesOnly = parameters.allSatisfy { ["0", "1", "2", "4", "7"].contains($0) }
      #expect(attributesOnly, "colour SGR \(parameters)", sourceLocation: sourceLocation)
    }
  }

  static func strippingEscapes(_ line: String) -> String {
    var out = ""
    var inEscape = false
    for character in line {
      if character == "\u{1B}" {
        inEscape = true
      } else if inEscape {
        if character == "m" { inEscape = false }
      } else {
        out.append(character)
      }
    }
    return out
  }
}
