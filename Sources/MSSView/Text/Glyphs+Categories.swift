import MSSCore

extension Glyphs {
  /// A distinct mark per event category, so categories read apart even without colour.
  public func mark(_ category: EventCategory) -> String {
    switch (category, ascii) {
    case (.mandate, false): return "\u{25C6}"
    case (.deployment, false): return "\u{25B2}"
    case (.violence, false): return "\u{2715}"
    case (.diplomacy, false): return "\u{25C7}"
    case (.humanitarian, false): return "\u{271A}"
    case (.funding, false): return "$"
    case (.mandate, true): return "M"
    case (.deployment, true): return "D"
    case (.violence, true): return "X"
    case (.diplomacy, true): return "P"
    case (.humanitarian, true): return "H"
    case (.funding, true): return "$"
    }
  }
}
