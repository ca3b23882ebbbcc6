import Testing

@testable import MSSView

@Suite struct SnapshotColorDepthTests {
  @Test(arguments: [
    (["TERM": "xterm-256color"], ColorDepth.palette256),
    (["TERM": "xterm-256color", "COLORTERM": "truecolor"], .truecolor),
    (["TERM": "xterm", "COLORTERM": "24bit"], .truecolor),
    (["TERM": "xterm-direct"], .truecolor),
    (["TERM": "linux"], .sixteen),
    (["TERM": "screen"], .sixteen),
    (["TERM": "tmux-256color"], .palette256),
    (["TERM": "ansi"], .eight),
    (["TERM": "vt100"], ColorDepth.none),
    (["TERM": "dumb"], ColorDepth.none),
    (["TERM": "dumb", "COLORTERM": "truecolor"], ColorDepth.none),
    ([:], ColorDepth.none),
    (["TERM": "xterm-256color", "NO_COLOR": "1"], ColorDepth.none),
    (["TERM": "xterm-256color", "NO_COLOR": ""], .palette256),
  ])
  func autoFollowsTheEnvironment(environment: [String: String], expected: ColorDepth) {
    #expect(ColorDepth.detect(environment: environment, choice: .auto) == expected)
  }

  @Test func neverMeansNoColourWhateverTheTerminal() {
    let environment = ["TERM": "xterm-256color", "COLORTERM": "truecolor"]
    #expect(ColorDepth.detect(environment: environment, choice: .never) == .none)
  }

  @Test func alwaysOverridesNoColorAndDumbTerminals() {
    #expect(ColorDepth.detect(environment: ["TERM": "dumb"], choice: .always) == .sixteen)
    let noColor = ["TERM": "xterm-256color", "NO_COLOR": "1"]
    #expect(ColorDepth.detect(environment: noColor, choice: .always) == .palette256)
  }

  @Test func ansiSnapshotAssumesSixteenColoursWithoutATerminal() {
    #expect(ColorDepth.forANSISnapshot(environment: [:], choice: .auto) == .sixteen)
    #expect(ColorDepth.forANSISnapshot(environment: ["NO_COLOR": "1"], choice: .auto) == .none)
    #expect(ColorDepth.forANSISnapshot(environment: [:], choice: .never) == .none)
    let dumb = ["TERM": "dumb"]
    #expect(ColorDepth.forANSISnapshot(environment: dumb, choice: .auto) == .none)
  }

  @Test(arguments: [
    (0, ColorDepth.none), (8, .eight), (16, .sixteen), (88, .sixteen), (256, .palette256),
  ])
  func terminfoColourCounts(count: Int, expected: ColorDepth) {
    #expect(ColorDepth(colorCount: count) == expected)
  }

  @Test func paletteMatchesXterm() {
    #expect(XtermPalette.colors.count == 256)
    #expect(XtermPalette.rgb(16) == XtermPalette.RGB(0, 0, 0))
    #expect(XtermPalette.rgb(67) == XtermPalette.RGB(95, 135, 175))
    #expect(XtermPalette.rgb(231) == XtermPalette.RGB(255, 255, 255))
    #expect(XtermPalette.rgb(232) == XtermPalette.RGB(8, 8, 8))
    #expect(XtermPalette.rgb(255) == XtermPalette.RGB(238, 238, 238))
  }

  @Test(arguments: [
    (ThemeColor.rgb(red: 255, green: 0, blue: 0), ThemeColor.indexed(196)),
    (.rgb(red: 0, green: 0, blue: 0), .indexed(16)),
    (.rgb(red: 128, green: 128, blue: 128), .indexed(244)),
    (.rgb(red: 95, green: 135, blue: 175), .indexed(67)),
    (.rgb(red: 250, green: 250, blue: 250), .indexed(231)),
    (.rgb(red: 100, green: 140, blue: 170), .indexed(67)),
    (.indexed(9), .indexed(9)),
    (.indexed(200), .indexed(200)),
    (.terminalDefault, .terminalDefault),
  ])
  func nearestOf256(color: ThemeColor, expected: ThemeColor) {
    #expect(ColorDepth.palette256.map(color) == expected)
  }

  @Test(arguments: [
    (ThemeColor.indexed(196), ThemeColor.indexed(9)),
    (.indexed(244), .indexed(8)),
    (.indexed(21), .indexed(4)),
    (.indexed(3), .indexed(3)),
    (.indexed(11), .indexed(11)),
    (.rgb(red: 0, green: 0, blue: 128), .indexed(4)),
    (.rgb(red: 255, green: 255, blue: 255), .indexed(15)),
    (.rgb(red: 0, green: 200, blue: 0), .indexed(2)),
    (.rgb(red: 150, green: 150, blue: 140), .indexed(8)),
    (.indexed(236), .indexed(0)),
  ])
  func nearestOf16(color: ThemeColor, expected: ThemeColor) {
    #expect(ColorDepth.sixteen.map(color) == expected)
  }

  @Test(arguments: [
    (ThemeColor.indexed(9), ThemeColor.indexed(1)),
    (.indexed(12), .indexed(4)),
    (.indexed(15), .indexed(7)),
    (.indexed(8), .indexed(7)),
    (.indexed(2), .indexed(2)),
    (.indexed(226), .indexed(3)),
    (.rgb(red: 255, green: 255, blue: 0), .indexed(3)),
    (.rgb(red: 20, green: 20, blue: 30), .indexed(0)),
    (.rgb(red: 127, green: 127, blue: 127), .indexed(7)),
  ])
  func nearestOf8(color: ThemeColor, expected: ThemeColor) {
    #expect(ColorDepth.eight.map(color) == expected)
  }

  @Test func truecolorKeepsEveryColour() {
    let color = ThemeColor.rgb(red: 1, green: 2, blue: 3)
    #expect(ColorDepth.truecolor.map(color) == color)
  }

  @Test func noneDropsColoursButKeepsBackgroundedStylesVisible() {
    #expect(ColorDepth.none.map(ThemeColor.indexed(4)) == nil)
    let selection = ColorDepth.none.map(Style(.indexed(0), on: .indexed(14), bold: true))
    #expect(selection == Style(bold: true, reverse: true))
    #expect(ColorDepth.none.map(Style(.indexed(8), underline: true)) == Style(underline: true))
  }
}
