import MSSView
import Testing

@testable import MSSTerminal

@Suite struct ColorPaletteTests {
  let theme = Theme(
    name: "test",
    styles: [
      .text: Style(), .muted: Style(.indexed(8)), .border: Style(.indexed(8)),
      .title: Style(.indexed(14), bold: true), .selection: Style(.indexed(0), on: .indexed(14)),
      .header: Style(.indexed(15), on: .indexed(4), bold: true),
      .conflict: Style(.rgb(red: 255, green: 40, blue: 40)),
    ])

  func capability(_ depth: ColorDepth, pairs: Int = 256, defaults: Bool = true)
    -> ColorPalette.Capability
  {
    ColorPalette.Capability(depth: depth, pairLimit: pairs, defaultColors: defaults)
  }

  /// Plain text has a pair of the terminal's own colours (not pair 0, whose every use costs
  /// xterm an `sgr0`); without use_default_colors it is pair 0 no more than before.
  @Test func plainTextUsesTheTerminalsOwnColours() throws {
    let palette = ColorPalette(theme: theme, capability: capability(.palette256))
    let text = try #require(Int(exactly: palette.look(.text).pair))
    #expect(
      text > 0 && palette.pairs[text - 1] == ColorPalette.Pair(foreground: -1, background: -1))
    #expect(palette.look(.text).attributes.isEmpty)
  }

  /// A blank shows nothing of a foreground colour or bold, but shows a background, underline
  /// and reverse.
  @Test func blanksThatLookPlain() {
    let palette = ColorPalette(theme: theme, capability: capability(.palette256))
    #expect(palette.blankIsPlain(palette.look(.text)))
    #expect(palette.blankIsPlain(palette.look(.title)))
    #expect(!palette.blankIsPlain(palette.look(.selection)))
    #expect(!palette.blankIsPlain(ColorPalette.Look(pair: 0, attributes: [.underline])))
    let monochrome = ColorPalette(theme: theme, capability: capability(.none, pairs: 0))
    #expect(!monochrome.blankIsPlain(monochrome.look(.selection)), "reversed")
    let noDefaults = ColorPalette(theme: theme, capability: capability(.sixteen, defaults: false))
    #expect(!noDefaults.blankIsPlain(noDefaults.look(.muted)), "black, not the terminal's own")
  }

  /// Bold leaves a focused border's lines where colour tells them apart (256 colours and up),
  /// and stays below 256 colours (where the nearest colours may coincide) and where bold is the
  /// only difference.
  @Test func boldLinesOnlyWhereBoldTellsThemApart() {
    let focused = Theme(
      name: "focus",
      styles: [
        .border: Style(.indexed(66)), .focusBorder: Style(.indexed(81), bold: true),
        .title: Style(.indexed(81), bold: true),
      ])
    let wide = ColorPalette(theme: focused, capability: capability(.palette256))
    #expect(wide.lineLook(.focusBorder).attributes.isEmpty)
    #expect(wide.lineLook(.focusBorder).pair == wide.look(.focusBorder).pair)
    #expect(wide.look(.focusBorder).attributes == [.bold], "the title keeps its bold")
    let eight = ColorPalette(theme: focused, capability: capability(.eight, pairs: 64))
    #expect(eight.lineLook(.focusBorder).attributes == [.bold])
    let sameColour = Theme(
      name: "same",
      styles: [.border: Style(.indexed(66)), .focusBorder: Style(.indexed(66), bold: true)])
    let same = ColorPalette(theme: sameColour, capability: capability(.palette256))
    #expect(same.lineLook(.focusBorder).attributes == [.bold])
    let none = ColorPalette(theme: focused, capability: capability(.none, pairs: 0))
    #expect(none.lineLook(.focusBorder).attributes == [.bold])
  }

  /// Roles with the same colours share one pair; pair numbers start at 1 and follow `pairs`.
  @Test func pairsAreSharedAndNumberedFromOne() throws {
    let palette = ColorPalette(theme: theme, capability: capability(.palette256))
    #expect(palette.look(.muted).pair == palette.look(.border).pair)
    let muted = try #require(Int(exactly: palette.look(.muted).pair))
    #expect(palette.pairs[muted - 1] == ColorPalette.Pair(foreground: 8, background: -1))
    let header = try #require(Int(exactly: palette.look(.header).pair))
    #expect(palette.pairs[header - 1] == ColorPalette.Pair(foreground: 15, background: 4))
    #expect(palette.look(.header).attributes == [.bold])
    #expect(Set(palette.pairs).count == palette.pairs.count, "no pair allocated twice")
  }

  @Test func rgbBecomesTheNearestPaletteEntry() throws {
    let palette = ColorPalette(theme: theme, capability: capability(.palette256))
    let conflict = try #require(Int(exactly: palette.look(.conflict).pair))
    #expect(palette.pairs[conflict - 1].foreground == 196)
  }

  /// 8 colours: bright colours fall back to the nearest of the basic eight.
  @Test func eightColourTerminal() {
    let palette = ColorPalette(theme: theme, capability: capability(.eight, pairs: 64))
    for pair in palette.pairs {
      #expect((-1..<8).contains(pair.foreground) && (-1..<8).contains(pair.background), "\(pair)")
    }
    #expect(palette.pairs.count < 64)
  }

  /// No colour: no pairs at all; a selection bar is reversed so it still shows.
  @Test func noColourMeansAttributesOnly() {
    let palette = ColorPalette(theme: theme, capability: capability(.none, pairs: 0))
    #expect(palette.pairs.isEmpty)
    #expect(Role.allCases.allSatisfy { palette.look($0).pair == 0 })
    #expect(palette.look(.selection).attributes.contains(.reverse))
  }

  /// Out of pairs (a terminal with very few): the rest are drawn with attributes only.
  @Test func runningOutOfPairs() {
    let palette = ColorPalette(theme: theme, capability: capability(.palette256, pairs: 3))
    #expect(palette.pairs.count == 2)
    let monochrome = Role.allCases.filter { palette.look($0).pair == 0 }
    #expect(monochrome.contains(.header) || monochrome.contains(.selection))
    #expect(
      palette.look(.selection).pair != 0 || palette.look(.selection).attributes.contains(.reverse))
  }

  /// Without use_default_colors, -1 is not a colour: the defaults become white on black.
  @Test func withoutDefaultColours() throws {
    let palette = ColorPalette(theme: theme, capability: capability(.sixteen, defaults: false))
    let muted = try #require(Int(exactly: palette.look(.muted).pair))
    #expect(palette.pairs[muted - 1] == ColorPalette.Pair(foreground: 8, background: 0))
    #expect(!palette.pairs.contains { $0.foreground < 0 || $0.background < 0 })
  }

  /// Two colours that map onto one entry would hide the text: the foreground is changed.
  @Test func collidingColoursStayReadable() {
    let style = Style(.indexed(0), on: .indexed(8))
    let pair = ColorPalette.pair(
      for: style, theme: theme, capability: capability(.eight, pairs: 64))
    #expect(pair.foreground != pair.background)
  }

  @Test func directColour() {
    #expect(ColorPalette.number(.indexed(3), depth: .truecolor, fallback: -1) == 3)
    #expect(ColorPalette.number(.indexed(15), depth: .truecolor, fallback: -1) == 0xFF_FFFF)
    #expect(
      ColorPalette.number(.rgb(red: 1, green: 2, blue: 3), depth: .truecolor, fallback: -1)
        == 0x01_0203)
    #expect(
      ColorPalette.number(.rgb(red: 0, green: 0, blue: 0), depth: .truecolor, fallback: -1) == 8)
  }
}
