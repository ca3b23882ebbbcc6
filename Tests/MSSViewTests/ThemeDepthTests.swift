import Testing

@testable import MSSView

@Suite struct ThemeDepthTests {
  @Test func withoutColourEveryColourThemeBecomesMonochrome() throws {
    let monochrome = try #require(BuiltinThemes.theme(named: "monochrome"))
    for theme in BuiltinThemes.all {
      let adapted = theme.adapted(to: .none)
      #expect(!adapted.usesColor, "\(theme.name)")
      #expect(adapted == monochrome)
    }
  }

  @Test(arguments: [ColorDepth.eight, .sixteen, .palette256])
  func everyColourFitsTheDepth(depth: ColorDepth) {
    let limit = depth == .eight ? 8 : depth == .sixteen ? 16 : 256
    for theme in BuiltinThemes.all {
      for style in theme.adapted(to: depth).styles.values {
        for color in [style.foreground, style.background] {
          switch color {
          case .terminalDefault: break
          case .indexed(let index): #expect(index < limit, "\(theme.name) at \(depth)")
          case .rgb: Issue.record("\(theme.name) keeps an RGB colour at \(depth)")
          }
        }
      }
    }
  }

  @Test func truecolorKeepsTheThemeAsItIs() {
    for theme in BuiltinThemes.all { #expect(theme.adapted(to: .truecolor) == theme) }
  }

  @Test func sixteenColoursUseTheThemesOwnStandIns() throws {
    let fjord = try #require(BuiltinThemes.theme(named: "fjord"))
    let adapted = fjord.adapted(to: .sixteen)
    // The nearest basic colour to the pastel red is a grey; the theme says bright red.
    #expect(adapted.style(.conflict).foreground == .indexed(9))
    #expect(adapted.style(.deployed).foreground == .indexed(2))
    #expect(fjord.adapted(to: .eight).style(.conflict).foreground == .indexed(1))
    // 256 colours are near enough to keep the nearest colour.
    #expect(fjord.adapted(to: .palette256).style(.conflict).foreground != .indexed(9))
  }

  @Test func eightColoursShowBrightColoursAsBold() throws {
    let theme = Theme(
      name: "t",
      styles: [
        .conflict: Style(.indexed(203)), .muted: Style(.indexed(246)),
        .selection: Style(.indexed(16), on: .indexed(81)), .text: Style(.indexed(2)),
      ])
    let adapted = theme.adapted(to: .eight)
    // 203 is nearest bright red (9): red in bold, as the Linux console shows bright red.
    #expect(adapted.style(.conflict) == Style(.indexed(1), bold: true))
    // Grey text stays readable: the ordinary text colour, not bold black.
    #expect(adapted.style(.muted) == Style(.indexed(7)))
    // A bright background (bright cyan) takes the normal colour.
    #expect(adapted.style(.selection) == Style(.indexed(0), on: .indexed(6)))
    #expect(adapted.style(.text) == Style(.indexed(2)))
    let light = Theme(name: "l", styles: [.muted: Style(.indexed(8))], appearance: .light)
    #expect(light.adapted(to: .eight).style(.muted).foreground == .indexed(0))
  }

  /// At 16 colours (xterm's values) the dark themes keep their text legible: 3:1 at least.
  @Test func darkThemesStayLegibleAtSixteenColours() {
    for theme in BuiltinThemes.all where theme.usesColor && theme.appearance == .dark {
      let adapted = theme.adapted(to: .sixteen)
      for role in ThemeContrastTests.textRoles {
        #expect(adapted.contrast(role) >= 3, "\(theme.name).\(role.rawValue) at 16 colours")
      }
    }
  }
}
