/// A terminal colour as a theme names it.
public enum ThemeColor: Hashable, Sendable {
  /// The terminal's own foreground or background.
  case terminalDefault
  /// 0–255: 0–7 the basic ANSI colours, 8–15 their bright forms, then the 256-colour cube.
  case indexed(Int)
  case rgb(red: Int, green: Int, blue: Int)
}

/// How one role looks.
public struct Style: Hashable, Sendable {
  public var foreground: ThemeColor
  public var background: ThemeColor
  public var bold: Bool
  public var dim: Bool
  public var underline: Bool
  public var reverse: Bool

  public init(
    _ foreground: ThemeColor = .terminalDefault, on background: ThemeColor = .terminalDefault,
    bold: Bool = false, dim: Bool = false, underline: Bool = false, reverse: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.underline = underline
    self.reverse = reverse
  }

  /// True when the style names any colour other than the terminal's own.
  public var usesColor: Bool { foreground != .terminalDefault || background != .terminalDefault }
}

/// Maps every role to a style.
public struct Theme: Hashable, Sendable {
  /// Whether a theme is made for a dark or a light terminal background; it says what the
  /// terminal's own (`default`) colours are assumed to be.
  public enum Appearance: String, CaseIterable, Sendable {
    case dark
    case light
  }

  public let name: String
  public let styles: [Role: Style]
  /// One line for `mssdash themes`.
  public let description: String
  public let appearance: Appearance
  /// The designer's stand-in among the 16 basic colours for some of the theme's colours, used on
  /// 16- and 8-colour terminals instead of the nearest colour, which can lose a pastel's hue.
  public let basicColors: [ThemeColor: ThemeColor]

  public init(
    name: String, styles: [Role: Style], description: String = "", appearance: Appearance = .dark,
    basicColors: [ThemeColor: ThemeColor] = [:]
  ) {
    self.name = name
    self.styles = styles
    self.description = description
    self.appearance = appearance
    self.basicColors = basicColors
  }

  public func style(_ role: Role) -> Style { styles[role] ?? styles[.text] ?? Style() }

  /// False for an attributes-only theme such as monochrome.
  public var usesColor: Bool { styles.values.contains { $0.usesColor } }
}
