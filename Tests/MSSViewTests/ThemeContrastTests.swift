import Testing

@testable import MSSView

/// WCAG contrast of every bundled theme. Indexed colours are taken at xterm's palette values and
/// `default` at the appearance's assumed terminal colours (see docs/themes.md).
@Suite struct ThemeContrastTests {
  /// Roles that carry words or figures a reader must make out.
  static let textRoles: [Role] = [
    .text, .muted, .title, .accent, .header, .deployed, .planned, .warning, .conflict,
    .selection, .banner, .highlight, .mandate, .deployment, .violence, .diplomacy, .humanitarian,
    .funding,
  ]

  static var colourThemes: [Theme] { BuiltinThemes.all.filter(\.usesColor) }

  @Test func luminanceAndRatioMatchTheStandard() {
    let black = XtermPalette.RGB(0, 0, 0)
    let white = XtermPalette.RGB(255, 255, 255)
    #expect(Contrast.ratio(black, white) == 21)
    #expect(Contrast.ratio(white, white) == 1)
    #expect(Contrast.ratio(white, black) == Contrast.ratio(black, white))
    // #767676 on white is the classic "just passes AA" grey: 4.54:1.
    let grey = Contrast.ratio(XtermPalette.RGB(0x76, 0x76, 0x76), white)
    #expect(grey > 4.5 && grey < 4.6)
  }

  @Test func textRolesReachAAInEveryColourTheme() {
    #expect(Self.colourThemes.count >= 5)
    for theme in Self.colourThemes {
      let minimum = theme.name == "high-contrast" ? 7.0 : 4.5
      for role in Self.textRoles {
        let ratio = theme.contrast(role)
        #expect(
          ratio >= minimum, "\(theme.name).\(role.rawValue) is \(ratio):1, needs \(minimum):1")
      }
    }
  }

  /// Most terminals show 256 colours without saying they show more, so a theme written in RGB
  /// must keep its contrast after the nearest-colour mapping too.
  @Test func textRolesReachAAAtTwoHundredFiftySixColours() {
    for theme in Self.colourThemes {
      let minimum = theme.name == "high-contrast" ? 7.0 : 4.5
      let adapted = theme.adapted(to: .palette256)
      for role in Self.textRoles {
        let ratio = adapted.contrast(role)
        #expect(ratio >= minimum, "\(theme.name).\(role.rawValue) at 256 colours is \(ratio):1")
      }
    }
  }

  /// Borders and the pledged track are not text, but must still be seen (WCAG's 3:1 for
  /// graphics); plain borders may stay faint, the focused one may not.
  @Test func barsAreVisibleInEveryColourTheme() {
    for theme in Self.colourThemes {
      for role in [Role.focusBorder, .pledged, .deployed, .planned] {
        #expect(theme.contrast(role) >= 3, "\(theme.name).\(role.rawValue)")
      }
    }
  }

  /// Terminals that show bold as bright (the Linux console, xterm by default) turn bold black
  /// into dark grey, which all but vanishes on a coloured bar.
  @Test func blackTextIsNeverBold() {
    for theme in Self.colourThemes {
      for (role, style) in theme.adapted(to: .sixteen).styles where style.bold {
        #expect(style.foreground != .indexed(0), "\(theme.name).\(role.rawValue)")
      }
    }
  }

  @Test func dimIsCountedAsHalfwayToTheBackground() {
    let theme = Theme(name: "t", styles: [.text: Style(.indexed(231), on: .indexed(16), dim: true)])
    let drawn = theme.drawnColors(.text).text
    #expect(drawn == XtermPalette.RGB(127, 127, 127))
  }

  @Test func reverseSwapsTextAndBackground() {
    let theme = Theme(
      name: "t", styles: [.text: Style(.indexed(16), on: .indexed(231), reverse: true)])
    #expect(theme.drawnColors(.text).text == XtermPalette.RGB(255, 255, 255))
    let light = Theme(name: "t", styles: [.text: Style(reverse: true)], appearance: .light)
    #expect(light.drawnColors(.text).background == XtermPalette.RGB(0, 0, 0))
  }

  @Test func monochromeHasNoColourAtAll() throws {
    let theme = try #require(BuiltinThemes.theme(named: "monochrome"))
    for role in Role.allCases {
      #expect(theme.style(role).foreground == .terminalDefault)
      #expect(theme.style(role).background == .terminalDefault)
    }
    #expect(!theme.usesColor)
  }

  /// Without colour, attributes alone must tell the roles a reader has to find apart.
  @Test func monochromeKeepsTheAttentionRolesApart() throws {
    let theme = try #require(BuiltinThemes.theme(named: "monochrome"))
    let distinct: [Role] = [.text, .muted, .title, .warning, .conflict, .selection, .highlight]
    #expect(Set(distinct.map { theme.style($0) }).count == distinct.count)
    #expect(theme.style(.selection).reverse)
    #expect(theme.style(.header).reverse)
  }
}
