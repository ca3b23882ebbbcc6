extension Theme {
  /// This theme as a terminal of `depth` can show it. With no colour at all (`NO_COLOR`,
  /// `--color never`, a monochrome terminal) a colour theme gives way to the built-in
  /// `monochrome`, which was designed with attributes alone; stripping the colours from a colour
  /// theme would leave selections and conflicts invisible. Otherwise every colour becomes the
  /// nearest one the depth has, or on 16 and 8 colours the theme's own `basic_colors` choice.
  public func adapted(to depth: ColorDepth) -> Theme {
    if depth == .none {
      guard usesColor else { return self }
      return BuiltinThemes.theme(named: "monochrome") ?? Theme.attributesOnly(self)
    }
    let stylesForDepth = styles.mapValues { style in
      var chosen = style
      if depth <= .sixteen {
        chosen.foreground = basicColors[style.foreground] ?? style.foreground
        chosen.background = basicColors[style.background] ?? style.background
      }
      return depth.map(chosen)
    }
    return Theme(
      name: name, styles: stylesForDepth, description: description, appearance: appearance,
      basicColors: basicColors)
  }

  /// `theme` without its colours, each coloured background shown reversed instead; only if
  /// the built-in monochrome theme were missing, which a test rules out.
  private static func attributesOnly(_ theme: Theme) -> Theme {
    Theme(
      name: theme.name, styles: theme.styles.mapValues { ColorDepth.none.map($0) },
      description: theme.description, appearance: theme.appearance)
  }
}
