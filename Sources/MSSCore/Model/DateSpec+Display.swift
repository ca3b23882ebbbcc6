extension DateSpec {
  /// A short human form that keeps the precision honest: `3 Oct 2024`, `Oct 2024`, `Q3 2024`,
  /// `2024`, `6–11 Dec 2024`, `Mar–Jun 2024`, `Aug 2024–Feb 2025`, `~Oct 2024`.
  public func display(ascii: Bool = false) -> String {
    let dash = ascii ? "-" : "\u{2013}"
    let body: String
    if let to {
      body = DateSpec.rangeText(from, to, dash: dash)
    } else {
      body = DateSpec.text(from)
    }
    return approximate ? "~" + body : body
  }

  static func text(_ period: Period) -> String {
    switch period {
    case .day(let day): return "\(day.day) \(monthAbbreviations[day.month - 1]) \(day.year)"
    case .month(let year, let month): return "\(monthAbbreviations[month - 1]) \(year)"
    case .quarter(let year, let quarter): return "Q\(quarter) \(year)"
    case .year(let year): return String(year)
    }
  }

  static func rangeText(_ from: Period, _ to: Period, dash: String) -> String {
    switch (from, to) {
    case (.day(let a), .day(let b)) where a.year == b.year && a.month == b.month:
      return "\(a.day)\(dash)\(b.day) \(monthAbbreviations[a.month - 1]) \(a.year)"
    case (.day(let a), .day(let b)) where a.year == b.year:
      return
        "\(a.day) \(monthAbbreviations[a.month - 1])\(dash)\(b.day) \(monthAbbreviations[b.month - 1]) \(a.year)"
    case (.month(let y1, let m1), .month(let y2, let m2)) where y1 == y2:
      return "\(monthAbbreviations[m1 - 1])\(dash)\(monthAbbreviations[m2 - 1]) \(y1)"
    default:
      return text(from) + dash + text(to)
    }
  }
}

extension Day {
  /// `11 Oct 2024`.
  public var display: String { DateSpec.text(.day(self)) }
}
