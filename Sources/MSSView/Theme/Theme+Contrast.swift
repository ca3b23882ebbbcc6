extension Theme.Appearance {
  /// What a theme assumes the terminal's own colours are when it says `default`: a dark
  /// terminal is taken to be near-black (#1c1c1c, a little lighter than black, so a theme that
  /// passes also passes on the usual dark terminal themes) with light grey text; a light one
  /// black on white.
  public var assumedTerminalColors: (foreground: XtermPalette.RGB, background: XtermPalette.RGB) {
    switch self {
    case .dark: return (XtermPalette.RGB(0xd0, 0xd0, 0xd0), XtermPalette.RGB(0x1c, 0x1c, 0x1c))
    case .light: return (XtermPalette.RGB(0, 0, 0), XtermPalette.RGB(0xff, 0xff, 0xff))
    }
  }
}

extension Theme {
  /// The colours a role's text is actually drawn in, as RGB: indexed colours are xterm's
  /// palette, `default` is the appearance's assumed terminal colour, `reverse` swaps the two, and
  /// `dim` is taken as halfway from the text colour to the background (as VTE draws it).
  public func drawnColors(_ role: Role) -> (text: XtermPalette.RGB, background: XtermPalette.RGB) {
    let style = style(role)
    let assumed = appearance.assumedTerminalColors
    var text = rgb(style.foreground, default: assumed.foreground)
    var background = rgb(style.background, default: assumed.background)
    if style.reverse { swap(&text, &background) }
    if style.dim {
      let mix = { (front: Int, back: Int) in (front + back) / 2 }
      text = XtermPalette.RGB(
        mix(text.red, background.red), mix(text.green, background.green),
        mix(text.blue, background.blue))
    }
    return (text, background)
  }

  /// The WCAG contrast ratio of a role's text against its own background.
  public func contrast(_ role: Role) -> Double {
    let colors = drawnColors(role)
    return Contrast.ratio(colors.text, colors.background)
  }

  private func rgb(_ color: ThemeColor, default assumed: XtermPalette.RGB) -> XtermPalette.RGB {
    switch color {
    case .terminalDefault:
      return assumed
    case .indexed(let index):
      return XtermPalette.rgb(index)
    case .rgb(let red, let green, let blue):
      let clamp = { (value: Int) in min(max(value, 0), 255) }
      return XtermPalette.RGB(clamp(red), clamp(green), clamp(blue))
    }
  }
}
