import MSSView

/// What curses needs to draw each role of a theme: a colour pair and attributes, allocated once
/// per theme and terminal. Pure, so the allocation is tested without a terminal.
struct ColorPalette: Equatable, Sendable {
  /// Curses colour numbers; -1 is the terminal's own colour (after `use_default_colors`).
  struct Pair: Hashable, Sendable {
    let foreground: Int32
    let background: Int32
  }

  struct Attributes: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let bold = Attributes(rawValue: 1)
    static let dim = Attributes(rawValue: 2)
    static let underline = Attributes(rawValue: 4)
    static let reverse = Attributes(rawValue: 8)
  }

  struct Look: Hashable, Sendable {
    /// 0 is the terminal's default colours; n > 0 is `pairs[n - 1]`.
    let pair: Int32
    let attributes: Attributes
  }

  /// What the terminal offers.
  struct Capability: Hashable, Sendable {
    var depth: ColorDepth
    /// Curses' COLOR_PAIRS: pair numbers must stay below it.
    var pairLimit: Int
    /// False when `use_default_colors` failed: -1 is then not a colour.
    var defaultColors: Bool
  }

  let looks: [Role: Look]
  /// The pairs to initialise, in order: pairs[i] is pair number i + 1.
  let pairs: [Pair]
  let depth: ColorDepth

  init(theme: Theme, capability: Capability) {
    // Sized up front: growing a Dictionary rehashes every Role (a String raw value) again.
    var looks = [Role: Look](minimumCapacity: Role.allCases.count)
    var pairs: [Pair] = []
    var numbers = [Pair: Int32](minimumCapacity: Role.allCases.count)
    // The shared fallback: nearest colours, or the monochrome theme when there are none.
    let adapted = theme.adapted(to: capability.depth)
    for role in Role.allCases {
      let wanted = adapted.style(role)
      var style = wanted
      var pairNumber: Int32 = 0
      if capability.depth != .none {
        let pair = Self.pair(for: style, theme: theme, capability: capability)
        if let known = numbers[pair] {
          pairNumber = known
        } else if pairs.count + 1 < capability.pairLimit {
          pairs.append(pair)
          pairNumber = Int32(pairs.count)
          numbers[pair] = pairNumber
        } else {
          // Out of pairs: draw this role as a monochrome terminal would.
          style = ColorDepth.none.map(wanted)
        }
      }
      looks[role] = Look(pair: pairNumber, attributes: Self.attributes(of: style))
    }
    self.looks = looks
    self.pairs = pairs
    depth = capability.depth
  }

  func look(_ role: Role) -> Look { looks[role] ?? Look(pair: 0, attributes: []) }

  /// The look of `role`'s box-drawing characters. From 256 colours up, a bold line whose
  /// colour already differs from the plain border's is drawn without bold: most terminals draw
  /// box-drawing characters themselves at one weight, so bold shows nothing there, while on
  /// xterm-like terminals every switch of bold costs a whole `sgr` (`ESC(B ESC[0;1m` and the
  /// colour again, twice per bordered row). Below 256 colours bold is kept: two colours may
  /// fall on one of the 8 or 16, and on the Linux console bold is what makes a colour bright.
  func lineLook(_ role: Role) -> Look {
    let own = look(role)
    guard depth >= .palette256, own.attributes.contains(.bold) else { return own }
    var plain = own.attributes
    plain.remove(.bold)
    let border = look(.border)
    if own.pair == border.pair, plain == border.attributes { return own }
    return Look(pair: own.pair, attributes: plain)
  }

  /// True when a blank drawn in `look` cannot be told from werase's plain blank: the
  /// terminal's own background, no underline or reverse (bold, dim and the foreground colour
  /// do not show on a space). `RowPlan` then may draw it in a neighbour's look.
  func blankIsPlain(_ look: Look) -> Bool {
    guard look.attributes.isDisjoint(with: [.underline, .reverse]) else { return false }
    guard look.pair > 0 else { return true }
    let index = Int(look.pair) - 1
    return index < pairs.count && pairs[index].background == -1
  }

  /// The pair for a style. Text in the terminal's own colours gets a pair of its own too
  /// (-1 on -1) rather than pair 0: on xterm-like terminals curses returns to pair 0 with
  /// `ESC[39m` plus a whole `sgr0` (`ESC(B ESC[m`), and to such a pair with `ESC[39m` alone.
  static func pair(for style: Style, theme: Theme, capability: Capability) -> Pair {
    if style.foreground == .terminalDefault, style.background == .terminalDefault,
      capability.defaultColors
    {
      return Pair(foreground: -1, background: -1)
    }
    let darkBackground = theme.appearance == .dark
    var foreground = number(
      style.foreground, depth: capability.depth,
      fallback: capability.defaultColors ? -1 : (darkBackground ? 7 : 0))
    let background = number(
      style.background, depth: capability.depth,
      fallback: capability.defaultColors ? -1 : (darkBackground ? 0 : 7))
    // Two colours that fell onto the same palette entry would hide the text.
    if foreground == background, style.foreground != style.background {
      foreground = background == 0 ? 7 : 0
    }
    return Pair(foreground: foreground, background: background)
  }

  /// The curses colour number of an already mapped colour.
  static func number(_ color: ThemeColor, depth: ColorDepth, fallback: Int32) -> Int32 {
    switch color {
    case .terminalDefault:
      return fallback
    case .indexed(let index) where depth == .truecolor && index >= 8:
      // A direct-colour terminal takes 0–7 as the palette and anything above as 0xRRGGBB.
      let rgb = XtermPalette.rgb(index)
      return direct(red: rgb.red, green: rgb.green, blue: rgb.blue)
    case .indexed(let index):
      return Int32(min(max(index, 0), 255))
    case .rgb(let red, let green, let blue):
      return direct(red: red, green: green, blue: blue)
    }
  }

  static func direct(red: Int, green: Int, blue: Int) -> Int32 {
    let clamp = { (value: Int) in Int32(min(max(value, 0), 255)) }
    // Values below 8 would name palette entries; near-black stays black either way.
    return max(8, clamp(red) << 16 | clamp(green) << 8 | clamp(blue))
  }

  static func attributes(of style: Style) -> Attributes {
    var attributes: Attributes = []
    if style.bold { attributes.insert(.bold) }
    if style.dim { attributes.insert(.dim) }
    if style.underline { attributes.insert(.underline) }
    if style.reverse { attributes.insert(.reverse) }
    return attributes
  }
}
