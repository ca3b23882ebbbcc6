extension Quantity {
  /// Why a quantity could not be read.
  public struct ParseError: Error, Equatable, Sendable {
    public let message: String
  }

  /// Largest value a dataset may hold: far above any headcount, well inside exact Double range.
  public static let maximumValue: Double = 1e15

  static let prefixes: [(String, Qualifier)] = [
    ("at least ", .atLeast), ("at most ", .atMost), ("more than ", .over),
    ("fewer than ", .under), ("less than ", .under), ("about ", .about),
    ("around ", .about), ("nearly ", .nearly), ("almost ", .nearly), ("over ", .over),
    ("under ", .under), ("exact ", .exact), (">=", .atLeast), ("\u{2265}", .atLeast),
    ("<=", .atMost), ("\u{2264}", .atMost), ("<~", .nearly), ("\u{2272}", .nearly), ("~", .about),
    (">", .over), ("<", .under), ("=", .exact),
  ]

  static let scales: [(String, Int)] = [
    (" billion", 9), (" million", 6), (" thousand", 3), ("bn", 9), ("m", 6), ("k", 3),
  ]

  /// Reads `2900`, `~2,900`, `at least 115`, `>700000`, `over 5 million`, `nearly 50%`,
  /// `$10.8 million`. `requested` is the unit the field holds; a `%` or `$` that contradicts
  /// it is an error, since a percentage in a headcount is always a mistake.
  public static func parse(_ raw: String, unit requested: QuantityUnit? = nil) -> Result<
    Quantity, ParseError
  > {
    fastParse(raw, unit: requested) ?? generalParse(raw, unit: requested)
  }

  /// Every notation, read as characters; the fast path's reference (QuantityFastParseTests).
  static func generalParse(_ raw: String, unit requested: QuantityUnit?) -> Result<
    Quantity, ParseError
  > {
    var text = raw.trimmingSpaces().lowercased()
    var qualifier = Qualifier.exact
    for (prefix, match) in prefixes where text.hasPrefix(prefix) {
      qualifier = match
      text = String(text.dropFirst(prefix.count)).trimmingSpaces()
      break
    }
    if nonFiniteWords.contains(text) {
      return .failure(ParseError(message: "'\(raw)' is not a finite number"))
    }
    var written: QuantityUnit?
    if text.hasPrefix("$") {
      written = .usd
      text = String(text.dropFirst())
    }
    // Powers of ten to apply to the written digits.
    var exponent = 0
    if text.hasSuffix("%") {
      written = .share
      exponent = -2
      text = String(text.dropLast()).trimmingSpaces()
    } else {
      for (suffix, power) in scales where text.hasSuffix(suffix) {
        exponent = power
        text = String(text.dropLast(suffix.count)).trimmingSpaces()
        break
      }
    }
    if let written, let requested, written != requested {
      return .failure(
        ParseError(message: "'\(raw)' is \(written.noun), but this field holds \(requested.noun)"))
    }
    let unit = written ?? requested ?? .count
    if text.hasPrefix("-") {
      return .failure(ParseError(message: "'\(raw)' is negative; figures count things, so ≥ 0"))
    }
    guard let number = decimal(text, exponent: exponent) else {
      return .failure(
        ParseError(
          message: "'\(raw)' is not a quantity; expected a number with an optional qualifier "
            + "(~, >=, >, <~, <, <=, about, at least, over, nearly, under, at most), "
            + "e.g. 'at least 115' or '~2,900'"))
    }
    return make(number, qualifier, unit, raw: raw)
  }

  /// Spellings of NaN and infinity that YAML or a spreadsheet may produce.
  private static let nonFiniteWords: Set<String> = [
    "nan", ".nan", "inf", ".inf", "+.inf", "-.inf", "infinity", "-infinity", "+infinity",
  ]

  /// Digits with grouping separators and at most one decimal point, times 10^exponent. The
  /// digits are read as a whole number first and scaled once, so `1.041 million` is exactly
  /// 1,041,000 rather than 1,040,999.9999999999.
  private static func decimal(_ text: String, exponent: Int) -> Double? {
    let digits = text.filter { $0 != "," && $0 != "_" && $0 != "\u{2009}" }
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = parts.first,
      !(whole.isEmpty && (parts.count == 1 || parts[1].isEmpty)),
      parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
      let mantissa = Double(whole + (parts.count == 2 ? parts[1] : ""))
    else { return nil }
    let power = exponent - (parts.count == 2 ? parts[1].count : 0)
    var factor = 1.0
    for _ in 0..<abs(power) { factor *= 10 }
    return power >= 0 ? mantissa * factor : mantissa / factor
  }

  /// Checks a number read from anywhere against what its unit allows.
  public static func make(
    _ value: Double, _ qualifier: Qualifier, _ unit: QuantityUnit, raw: String
  )
    -> Result<Quantity, ParseError>
  {
    guard !value.isNaN else {
      return .failure(ParseError(message: "'\(raw)' is not a finite number"))
    }
    guard value >= 0 else {
      return .failure(ParseError(message: "'\(raw)' is negative; figures count things, so ≥ 0"))
    }
    // Infinity lands here too: the digits overflowed.
    guard value <= maximumValue else {
      return .failure(ParseError(message: "'\(raw)' is too large (the limit is 10^15)"))
    }
    switch unit {
    case .count:
      guard value.rounded() == value else {
        return .failure(
          ParseError(message: "'\(raw)' is fractional; a count must be a whole number"))
      }
    case .share:
      guard value <= 1 else {
        return .failure(ParseError(message: "'\(raw)' is over 100%; a share is at most 100%"))
      }
    case .usd:
      break
    }
    return .success(Quantity(value, qualifier, unit: unit))
  }
}
