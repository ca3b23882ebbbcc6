extension Theme {
  /// This theme as a terminal of `depth` can show it. With no colour at all (`NO_COLOR`,
  /// `--color never`, a monochrome terminal) a colour theme gives way to the built-in
  /// `monochrome`, which was designed with attributes alone; stripping the colours from a colour
  /// theme would leave selections and conflicts invisible. Otherwise every colour becomes the
  /// nearest one the depth has, or on 16 and 8 colours the theme's own `basic_colors` choice;
  /// on 8, a bright colour becomes its normal colour in bold (see `eightColor`).
  public func adapted(to depth: ColorDepth) -> Theme {
    if depth == .none {
      guard usesColor else { return self }
      return BuiltinThemes.theme(named: "monochrome") ?? Theme.attributesOnly(self)
    }
    let stylesForDepth = styles.mapValues { style in
      switch depth {
      case .eight: return eightColor(style)
      case .sixteen: return sixteenColor(style)
      default: return depth.map(style)
      }
    }
    return Theme(
      name: name, styles: stylesForDepth, description: description, appearance: appearance,
      basicColors: basicColors)
  }

  private func sixteenColor(_ style: Style) -> Style {
    var chosen = style
    chosen.foreground = basicColors[style.foreground] ?? style.foreground
    chosen.background = basicColors[style.background] ?? style.background
    return ColorDepth.sixteen.map(chosen)
  }

  /// Eight-colour terminals (the Linux console, TERM=xterm or screen as terminfo describes them)
  /// show the bright half of the 16 colours as bold text, so a theme's bright red becomes red in
  /// bold rather than the nearest of 8, which for a dark theme's light colours is often grey.
  /// Bright black (dark grey) is too dark for text that way and becomes the ordinary text
  /// colour of the appearance instead. Backgrounds cannot be bright: they take the normal colour.
  private func eightColor(_ style: Style) -> Style {
    var chosen = sixteenColor(style)
    if case .indexed(let index) = chosen.foreground, (8..<16).contains(index) {
      if index == 8 {
        chosen.foreground = .indexed(appearance == .dark ? 7 : 0)
      } else {
        chosen.foreground = .indexed(index - 8)
        chosen.bold = true
      }
    }
    if case .indexed(let index) = chosen.background, (8..<16).contains(index) {
      chosen.background = .indexed(index - 8)
    }
    return chosen
  }

  /// `theme` without its colours, each coloured background shown reversed instead; only if
  /// the built-in monochrome theme were missing, which a test rules out.
  private static func attributesOnly(_ theme: Theme) -> Theme {
    Theme(
      name: theme.name, styles: theme.styles.mapValues { ColorDepth.none.map($0) },
      description: theme.description, appearance: theme.appearance)
  }
}
