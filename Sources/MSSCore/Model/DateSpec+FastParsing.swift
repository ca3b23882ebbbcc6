extension DateSpec {
  /// The notation as datasets write it — days, months, quarters, years, ranges of them, short
  /// ends, `~` — read from the bytes without the general path's `split`s, substrings and
  /// `Int(String)`s. Only plain ASCII digits, `-`, `Q`, `/` and a leading `~` are taken, where
  /// a byte is a character; nil for anything else and for every error (an impossible day, a
  /// range that ends before it starts), so `generalParse` writes every message. When this
  /// returns a date it is the one `generalParse` returns (DateSpecFastParseTests).
  static func fastParse(_ raw: String) -> DateSpec? {
    let bytes = raw.utf8
    var start = bytes.startIndex
    let approximate = bytes.first == UInt8(ascii: "~")
    if approximate { start = bytes.index(after: start) }
    let text = bytes[start...]
    guard let slash = text.firstIndex(of: UInt8(ascii: "/")) else {
      return fastPeriod(text).map { DateSpec($0, approximate: approximate) }
    }
    guard let from = fastPeriod(text[..<slash]) else { return nil }
    let endBytes = text[text.index(after: slash)...]
    let end: Period?
    if endBytes.count == 2 {
      guard let number = number(endBytes) else { return nil }
      end = shortEnd(number, of: from)
    } else {
      end = fastPeriod(endBytes)
    }
    guard let end, from.firstDay <= end.lastDay else { return nil }
    return DateSpec(from, to: end, approximate: approximate)
  }

  /// `YYYY`, `YYYY-Qn`, `YYYY-MM`, `YYYY-MM-DD`, in range; nil for anything else.
  static func fastPeriod(_ bytes: Substring.UTF8View) -> Period? {
    let count = bytes.count
    guard count == 4 || count == 7 || count == 10, let year = number(bytes.prefix(4)), year >= 1
    else { return nil }
    if count == 4 { return .year(year) }
    let fifth = bytes.index(bytes.startIndex, offsetBy: 4)
    guard bytes[fifth] == UInt8(ascii: "-") else { return nil }
    let afterDash = bytes.index(after: fifth)
    let second = bytes[afterDash..<bytes.index(afterDash, offsetBy: 2)]
    if count == 7, second.first == UInt8(ascii: "Q") {
      guard let quarter = number(second.dropFirst()), (1...4).contains(quarter) else { return nil }
      return .quarter(year: year, quarter: quarter)
    }
    guard let month = number(second) else { return nil }
    if count == 7 { return (1...12).contains(month) ? .month(year: year, month: month) : nil }
    guard bytes[second.endIndex] == UInt8(ascii: "-"),
      let day = number(bytes[bytes.index(after: second.endIndex)...])
    else { return nil }
    return Day(year: year, month: month, day: day).map { .day($0) }
  }

  /// ASCII digits only, at least one; nil for anything else (a sign included).
  private static func number(_ bytes: Substring.UTF8View) -> Int? {
    guard !bytes.isEmpty else { return nil }
    var value = 0
    for byte in bytes {
      guard byte >= 0x30 && byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }
}
