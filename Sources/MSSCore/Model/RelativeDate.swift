/// Resolves the relative phrases a news article uses ("last week", "next month") against the
/// article's date, keeping their imprecision: "last week" is the whole previous calendar week.
public enum RelativeDate {
  public static let phrases = [
    "today", "yesterday", "tomorrow", "this week", "last week", "next week", "this month",
    "last month", "next month", "this year", "last year", "next year",
  ]

  /// The period a phrase means on `anchor`; nil for an unknown phrase or one that would leave
  /// the calendar (years 1 to 9999).
  public static func resolve(_ phrase: String, anchor: Day) -> DateSpec? {
    guard let spec = period(phrase, anchor: anchor),
      Day.years.contains(spec.from.year), Day.years.contains((spec.to ?? spec.from).year)
    else { return nil }
    return spec
  }

  private static func period(_ phrase: String, anchor: Day) -> DateSpec? {
    switch phrase.lowercased().trimmingSpaces() {
    case "today": return .day(anchor)
    case "yesterday": return .day(anchor.adding(days: -1))
    case "tomorrow": return .day(anchor.adding(days: 1))
    case "this week": return week(anchor, offset: 0)
    case "last week": return week(anchor, offset: -1)
    case "next week": return week(anchor, offset: 1)
    case "this month": return month(anchor, offset: 0)
    case "last month": return month(anchor, offset: -1)
    case "next month": return month(anchor, offset: 1)
    case "this year": return DateSpec(.year(anchor.year))
    case "last year": return DateSpec(.year(anchor.year - 1))
    case "next year": return DateSpec(.year(anchor.year + 1))
    default: return nil
    }
  }

  /// Monday to Sunday, as a day range.
  private static func week(_ anchor: Day, offset: Int) -> DateSpec {
    let monday = anchor.adding(days: -anchor.weekdayIndex + 7 * offset)
    return DateSpec(.day(monday), to: .day(monday.adding(days: 6)))
  }

  private static func month(_ anchor: Day, offset: Int) -> DateSpec {
    let index = anchor.year * 12 + (anchor.month - 1) + offset
    return DateSpec(.month(year: index / 12, month: index % 12 + 1))
  }
}
