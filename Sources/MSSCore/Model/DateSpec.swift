/// A date at the precision a source gave it: a day, a month, a quarter, a year, or a range of
/// those, possibly approximate. Written as `2024-10-03`, `2024-10`, `2024-Q3`, `2024`,
/// `2024-12-06/2024-12-11`, `2024-03/06` or `~2024-10`.
public struct DateSpec: Hashable, Sendable, CustomStringConvertible {
  public enum Period: Hashable, Sendable {
    case day(Day)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case year(Int)

    public var firstDay: Day {
      switch self {
      case .day(let day): return day
      case .month(let year, let month): return Day(ordinal: ordinalOf(year, month, 1))
      case .quarter(let year, let quarter):
        return Day(ordinal: ordinalOf(year, (quarter - 1) * 3 + 1, 1))
      case .year(let year): return Day(ordinal: ordinalOf(year, 1, 1))
      }
    }

    public var lastDay: Day {
      switch self {
      case .day(let day): return day
      case .month(let year, let month):
        return Day(ordinal: ordinalOf(year, month, Day.daysIn(month: month, year: year)))
      case .quarter(let year, let quarter):
        let month = quarter * 3
        return Day(ordinal: ordinalOf(year, month, Day.daysIn(month: month, year: year)))
      case .year(let year): return Day(ordinal: ordinalOf(year, 12, 31))
      }
    }

    public var precision: Precision {
      switch self {
      case .day: return .day
      case .month: return .month
      case .quarter: return .quarter
      case .year: return .year
      }
    }

    var year: Int {
      switch self {
      case .day(let day): return day.year
      case .month(let year, _), .quarter(let year, _): return year
      case .year(let year): return year
      }
    }

    var iso: String {
      switch self {
      case .day(let day): return day.description
      case .month(let year, let month): return "\(pad(year, 4))-\(pad(month, 2))"
      case .quarter(let year, let quarter): return "\(pad(year, 4))-Q\(quarter)"
      case .year(let year): return pad(year, 4)
      }
    }
  }

  public enum Precision: String, Sendable, Comparable, CaseIterable {
    case day, month, quarter, year
    public static func < (lhs: Precision, rhs: Precision) -> Bool {
      allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
  }

  public let from: Period
  public let to: Period?
  public let approximate: Bool

  public init(_ from: Period, to: Period? = nil, approximate: Bool = false) {
    self.from = from
    self.to = to
    self.approximate = approximate
  }

  public static func day(_ day: Day) -> DateSpec { DateSpec(.day(day)) }

  public var start: Day { from.firstDay }
  public var end: Day { (to ?? from).lastDay }
  public var isRange: Bool { to != nil }
  /// The coarsest precision of either end.
  public var precision: Precision { max(from.precision, to?.precision ?? from.precision) }

  public func contains(_ day: Day) -> Bool { start <= day && day <= end }
  public func overlaps(_ other: DateSpec) -> Bool { start <= other.end && other.start <= end }

  /// The canonical form, as written in a dataset.
  public var description: String {
    let body = to.map { "\(from.iso)/\($0.iso)" } ?? from.iso
    return approximate ? "~" + body : body
  }
}

private func ordinalOf(_ year: Int, _ month: Int, _ day: Int) -> Int {
  Day(year: year, month: month, day: day)?.ordinal ?? 0
}
