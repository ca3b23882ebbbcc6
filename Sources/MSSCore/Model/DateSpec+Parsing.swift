extension DateSpec {
  /// Why a date could not be read; the message says what was expected.
  public struct ParseError: Error, Equatable, Sendable {
    public let message: String
  }

  /// Parses the dataset notation; see the type's documentation.
  public static func parse(_ raw: String) -> Result<DateSpec, ParseError> {
    if let spec = fastParse(raw) { return .success(spec) }
    return generalParse(raw)
  }

  /// Every notation, read as characters; the fast path's reference (DateSpecFastParseTests).
  static func generalParse(_ raw: String) -> Result<DateSpec, ParseError> {
    var text = Substring(raw.trimmingSpaces())
    var approximate = false
    if text.hasPrefix("~") {
      approximate = true
      text = text.dropFirst()
    }
    let halves = text.split(separator: "/", omittingEmptySubsequences: false)
    guard halves.count <= 2 else { return .failure(expected(raw)) }
    guard let from = parsePeriod(halves[0]) else {
      return .failure(impossibleOrMalformed(String(halves[0]), raw))
    }
    guard halves.count == 2 else { return .success(DateSpec(from, approximate: approximate)) }
    let endText = halves[1]
    // A short end borrows the start's year: `2024-03/06`, `2024-12-06/11`? only months and days.
    let to: Period?
    if endText.count == 2, let number = Int(endText) {
      to = shortEnd(number, of: from)
    } else {
      to = parsePeriod(endText)
    }
    guard let end = to else { return .failure(impossibleOrMalformed(String(endText), raw)) }
    guard from.firstDay <= end.lastDay else {
      return .failure(ParseError(message: "range '\(raw)' ends before it starts"))
    }
    return .success(DateSpec(from, to: end, approximate: approximate))
  }

  /// The end of a short range, `06` in `2024-03/06` or `11` in `2024-12-06/11`: a month in the
  /// start's year, or a day in its month; nil after a year or a quarter, or for no such date.
  static func shortEnd(_ number: Int, of from: Period) -> Period? {
    switch from {
    case .month(let year, _):
      return Day(year: year, month: number, day: 1).map { _ in .month(year: year, month: number) }
    case .day(let day): return Day(year: day.year, month: day.month, day: number).map { .day($0) }
    default: return nil
    }
  }

  static func parsePeriod(_ text: Substring) -> Period? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, first.count == 4, first.allSatisfy(\.isASCIIDigit),
      let year = Int(first), year >= 1
    else { return nil }
    switch parts.count {
    case 1:
      return .year(year)
    case 2:
      let second = parts[1]
      if second.hasPrefix("Q"), second.count == 2, let quarter = Int(second.dropFirst()),
        (1...4).contains(quarter)
      {
        return .quarter(year: year, quarter: quarter)
      }
      guard second.count == 2, second.allSatisfy(\.isASCIIDigit), let month = Int(second),
        (1...12).contains(month)
      else { return nil }
      return .month(year: year, month: month)
    case 3:
      return Day.parse(String(text)).map { .day($0) }
    default:
      return nil
    }
  }

  private static func expected(_ raw: String) -> ParseError {
    ParseError(
      message:
        "'\(raw)' is not a date; expected YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY, a range A/B, or ~ before any"
    )
  }

  private static func impossibleOrMalformed(_ part: String, _ raw: String) -> ParseError {
    if Day.hasDayShape(part) {
      return ParseError(message: "'\(part)' is not a real calendar day")
    }
    return expected(raw)
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isWholeNumber }
}

extension StringProtocol {
  /// Trims spaces, tabs and line breaks without Foundation.
  func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
