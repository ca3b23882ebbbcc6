/// ECMA-48 Select Graphic Rendition sequences for styles, emitted only where the style changes.
enum SGR {
  static let reset = "\u{1B}[0m"

  /// The sequence that turns the terminal from `old` to `new`; empty when they look the same.
  /// Turning an attribute off resets everything and sets the rest again: `22` switches bold and
  /// dim off together, so a reset is the one sure way.
  static func transition(from old: Style, to new: Style) -> String {
    if old == new { return "" }
    let attributeTurnedOff =
      (old.bold && !new.bold) || (old.dim && !new.dim) || (old.underline && !new.underline)
      || (old.reverse && !new.reverse)
    if attributeTurnedOff {
      let parameters = ["0"] + self.parameters(for: new)
      return sequence(parameters)
    }
    var parameters: [String] = []
    if new.bold && !old.bold { parameters.append("1") }
    if new.dim && !old.dim { parameters.append("2") }
    if new.underline && !old.underline { parameters.append("4") }
    if new.reverse && !old.reverse { parameters.append("7") }
    if new.foreground != old.foreground { parameters += foreground(new.foreground) }
    if new.background != old.background { parameters += background(new.background) }
    return parameters.isEmpty ? "" : sequence(parameters)
  }

  /// Everything `style` sets, starting from the terminal's defaults.
  static func parameters(for style: Style) -> [String] {
    var parameters: [String] = []
    if style.bold { parameters.append("1") }
    if style.dim { parameters.append("2") }
    if style.underline { parameters.append("4") }
    if style.reverse { parameters.append("7") }
    if style.foreground != .terminalDefault { parameters += foreground(style.foreground) }
    if style.background != .terminalDefault { parameters += background(style.background) }
    return parameters
  }

  static func foreground(_ color: ThemeColor) -> [String] { colorParameters(color, base: 30) }
  static func background(_ color: ThemeColor) -> [String] { colorParameters(color, base: 40) }

  /// 30–37/40–47 for the basic colours and 90–97/100–107 for their bright forms (understood by
  /// terminals that know nothing of `38;5`), 38;5/48;5 for the palette, 38;2/48;2 for RGB.
  private static func colorParameters(_ color: ThemeColor, base: Int) -> [String] {
    switch color {
    case .terminalDefault:
      return [String(base + 9)]
    case .indexed(let index) where (0..<8).contains(index):
      return [String(base + index)]
    case .indexed(let index) where (8..<16).contains(index):
      return [String(base + 60 + index - 8)]
    case .indexed(let index):
      return [String(base + 8), "5", String(min(max(index, 0), 255))]
    case .rgb(let red, let green, let blue):
      let clamp = { (value: Int) in String(min(max(value, 0), 255)) }
      return [String(base + 8), "2", clamp(red), clamp(green), clamp(blue)]
    }
  }

  private static func sequence(_ parameters: [String]) -> String {
    "\u{1B}[" + parameters.joined(separator: ";") + "m"
  }
}
