extension ColorDepth {
  /// `color` as this depth can show it: the nearest palette entry when it cannot show the colour
  /// itself; nil at depth none. The terminal's default colour stays the default at every depth.
  public func map(_ color: ThemeColor) -> ThemeColor? {
    switch (self, color) {
    case (.none, _):
      return nil
    case (_, .terminalDefault), (.truecolor, _):
      return color
    case (.palette256, .indexed(let index)):
      return .indexed(min(max(index, 0), 255))
    case (.palette256, .rgb):
      // 0–15 are left out: users redefine them, so only the cube and greys are predictable.
      return .indexed(XtermPalette.nearest(to: ColorDepth.rgb(of: color), in: 16..<256))
    case (.sixteen, .indexed(let index)) where (0..<16).contains(index),
      (.eight, .indexed(let index)) where (0..<8).contains(index):
      return color
    case (.sixteen, _):
      return .indexed(XtermPalette.nearest(to: ColorDepth.rgb(of: color), in: 0..<16))
    case (.eight, _):
      return .indexed(XtermPalette.nearest(to: ColorDepth.rgb(of: color), in: 0..<8))
    }
  }

  /// `style` with its colours mapped to this depth. At depth none a style that relied on a
  /// background (a selection bar, the header) is drawn reversed so it still stands out.
  public func map(_ style: Style) -> Style {
    var mapped = style
    mapped.foreground = map(style.foreground) ?? .terminalDefault
    mapped.background = map(style.background) ?? .terminalDefault
    if self == .none, style.background != .terminalDefault { mapped.reverse = true }
    return mapped
  }

  static func rgb(of color: ThemeColor) -> XtermPalette.RGB {
    switch color {
    case .terminalDefault:
      return XtermPalette.rgb(7)
    case .indexed(let index):
      return XtermPalette.rgb(index)
    case .rgb(let red, let green, let blue):
      let clamp = { (value: Int) in min(max(value, 0), 255) }
      return XtermPalette.RGB(clamp(red), clamp(green), clamp(blue))
    }
  }
}
