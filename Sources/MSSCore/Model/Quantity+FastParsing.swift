extension Quantity {
  /// The forms datasets are written in — digits grouped with `,`, `_` or a thin space, perhaps
  /// a decimal part, then a scale (` million`, `k`, …) or `%`, after a qualifier in lower case
  /// and perhaps `$` ("about 2,900", "over 5.5 million", "nearly 50%", "$10.8 million") — read
  /// from the bytes in one pass, without the general path's lower-cased copies, `filter`,
  /// `split` and `Double(String)`.
  /// Nil for anything else, and for a unit that contradicts the field: `generalParse` then
  /// decides, so every message comes from one place. When this returns a result it is the one
  /// `generalParse` returns (QuantityFastParseTests checks the bundled datasets and mutations).
  static func fastParse(_ raw: String, unit requested: QuantityUnit?) -> Result<
    Quantity, ParseError
  >? {
    let bytes = raw.utf8
    guard let first = bytes.first else { return nil }
    var index = bytes.startIndex
    var qualifier = Qualifier.exact
    if !isDigit(first), first != UInt8(ascii: "$") {
      // The general path takes the first prefix in the list that matches; so does this. A
      // digit (or `$`) must follow it: that also makes the byte match a character match (neither
      // joins the character before it), and leaves spaces and capitals to the general path.
      guard let (prefix, match) = prefixes.first(where: { bytes.starts(with: $0.0.utf8) }) else {
        return nil
      }
      index = bytes.index(index, offsetBy: prefix.utf8.count)
      qualifier = match
    }
    // `$` before the digits writes dollars, after the qualifier as in the general path.
    let dollars = index < bytes.endIndex && bytes[index] == UInt8(ascii: "$")
    if dollars { index = bytes.index(after: index) }
    guard index < bytes.endIndex, isDigit(bytes[index]) else { return nil }
    // Digits, grouping separators, at most one '.'; the digits are read as one whole number
    // (at most 15 of them, so it and its Double are exact, as `Double(String)` would be).
    var mantissa = 0
    var digits = 0
    var fractionDigits = 0
    var seenPoint = false
    scan: while index < bytes.endIndex {
      let byte = bytes[index]
      switch byte {
      case 0x30...0x39:
        guard digits < 15 else { return nil }
        mantissa = mantissa * 10 + Int(byte - 0x30)
        digits += 1
        if seenPoint { fractionDigits += 1 }
      case UInt8(ascii: ","), UInt8(ascii: "_"):
        break
      case UInt8(ascii: ".") where !seenPoint:
        seenPoint = true
      case 0xE2:
        // U+2009 THIN SPACE is E2 80 89; any other character ends the number.
        let rest = bytes[index...]
        guard rest.starts(with: thinSpace) else { break scan }
        index = bytes.index(index, offsetBy: 2)
      default:
        break scan
      }
      index = bytes.index(after: index)
    }
    guard let (suffixUnit, exponent) = scale(of: bytes[index...]) else { return nil }
    // `$50%` is the general path's to judge.
    if dollars, suffixUnit != nil { return nil }
    let written: QuantityUnit? = dollars ? .usd : suffixUnit
    if let written, let requested, written != requested { return nil }
    let power = exponent - fractionDigits
    // As the general path scales: one factor, multiplied up, so results agree to the bit.
    var factor = 1.0
    for _ in 0..<abs(power) { factor *= 10 }
    let number = Double(mantissa)
    return make(
      power >= 0 ? number * factor : number / factor, qualifier, written ?? requested ?? .count,
      raw: raw)
  }

  private static let thinSpace: [UInt8] = [0xE2, 0x80, 0x89]

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// What follows the digits, exactly as the general path's suffixes (lower case, the words
  /// after one space): the unit it writes and the power of ten; nil for anything else.
  private static func scale(of tail: Substring.UTF8View) -> (QuantityUnit?, Int)? {
    if tail.isEmpty { return (nil, 0) }
    if tail.elementsEqual("%".utf8) { return (.share, -2) }
    for (suffix, power) in scales where tail.elementsEqual(suffix.utf8) { return (nil, power) }
    return nil
  }
}
