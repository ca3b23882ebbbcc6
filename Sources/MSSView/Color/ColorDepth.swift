/// How many colours a terminal (or an ANSI snapshot) can show. The ncurses front end and the
/// snapshot writer share it, so a theme degrades the same way on screen and in a file.
public enum ColorDepth: Int, CaseIterable, Comparable, Sendable, CustomStringConvertible {
  /// Attributes only (bold, underline, reverse): `NO_COLOR`, `--color never`, `TERM=dumb`.
  case none = 0
  case eight = 8
  case sixteen = 16
  case palette256 = 256
  /// 24-bit RGB.
  case truecolor = 16_777_216

  public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The depth for a terminal that reports `count` colours (terminfo's `colors`, curses' COLORS).
  public init(colorCount count: Int) {
    switch count {
    case 16_777_216...: self = .truecolor
    case 256...: self = .palette256
    case 16...: self = .sixteen
    case 8...: self = .eight
    default: self = .none
    }
  }

  public var description: String {
    switch self {
    case .none: return "none"
    case .eight: return "8"
    case .sixteen: return "16"
    case .palette256: return "256"
    case .truecolor: return "truecolor"
    }
  }
}

/// What the user asked for with `--color`.
public enum ColorChoice: String, CaseIterable, Sendable {
  /// Follow `NO_COLOR`, `COLORTERM` and `TERM`.
  case auto
  /// Colour even where the environment suggests none (at least 16 colours).
  case always
  /// No colour at all; attributes only.
  case never
}
