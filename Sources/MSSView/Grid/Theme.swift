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
}

/// Maps every role to a style.
public struct Theme: Hashable, Sendable {
  public let name: String
  public let styles: [Role: Style]

  public init(name: String, styles: [Role: Style]) {
    self.name = name
    self.styles = styles
  }

  public func style(_ role: Role) -> Style { styles[role] ?? styles[.text] ?? Style() }
}
