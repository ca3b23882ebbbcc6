extension Quantity {
  /// Why a quantity could not be read.
  public struct ParseError: Error, Equatable, Sendable {
    public let message: String
  }

  /// Largest value a dataset may hold: far above any headcount, well inside exact Double range.
  public static let maximumValue: Double = 1e15

  private static let prefixes: [(String, Qualifier)] = [
    ("at least ", .atLeast), ("at most ", .atMost), ("more than ", .over),
    ("fewer than ", .under), ("less than ", .under), ("about ", .about),
    ("around ", .about), ("nearly ", .nearly), ("almost ", .nearly), ("over ", .over),
    ("under ", .under), ("exact ", .exact), (">=", .atLeast), ("\u{2265}", .atLeast),
    ("<=", .atMost), ("\u{2264}", .atMost), ("<~", .nearly), ("\u{2272}", .nearly), ("~", .about),
    (">", .over), ("<", .under), ("=", .exact),
  ]

  private static let scales: [(String, Double)] = [
    (" billion", 1e9), (" million", 1e6), (" thousand", 1e3), ("bn", 1e9), ("m", 1e6),
    ("k", 1e3),
  ]

  /// Reads `2900`, `~2,900`, `at least 115`, `>700000`, `over 5 million`, `nearly 50%`,
  /// `$10.8 million`. A qualifier given apart (a YAML `qualifier:` field) overrides none here.
  public static func parse(_ raw: String, unit requested: QuantityUnit? = nil) -> Result<
    Quantity, ParseError
  > {
    var text = raw.trimmingSpaces().lowercased()
    var qualifier = Qualifier.exact
    for (prefix, match) in prefixes where text.hasPrefix(prefix) {
      qualifier = match
      text = String(text.dropFirst(prefix.count)).trimmingSpaces()
      break
    }
    var unit = requested ?? .count
    if text.hasPrefix("$") {
      unit = .usd
      text = String(text.dropFirst())
    }
    var scale = 1.0
    if text.hasSuffix("%") {
      unit = .share
      scale = 0.01
      text = String(text.dropLast()).trimmingSpaces()
    } else {
      for (suffix, factor) in scales where text.hasSuffix(suffix) {
        scale = factor
        text = String(text.dropLast(suffix.count)).trimmingSpaces()
        break
      }
    }
    if text.hasPrefix("-") {
      return .failure(ParseError(message: "'\(raw)' is negative; figures count things, so ≥ 0"))
    }
    let digits = text.filter { $0 != "," && $0 != "_" && $0 != "\u{2009}" }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCIIDigit || $0 == "." }),
      digits.filter({ $0 == "." }).count <= 1, let number = Double(digits)
    else {
      return .failure(
        ParseError(
          message:
            "'\(raw)' is not a quantity; expected a number with an optional qualifier (~, >=, >, nearly, <, <=, about, at least, over, under, at most), e.g. 'at least 115' or '~2,900'"
        ))
    }
    return make(number * scale, qualifier, unit, raw: raw)
  }

  /// Checks a number read from anywhere against what its unit allows.
  public static func make(
    _ value: Double, _ qualifier: Qualifier, _ unit: QuantityUnit, raw: String
  )
    -> Result<Quantity, ParseError>
  {
    guard value.isFinite else {
      return .failure(ParseError(message: "'\(raw)' is not a finite number"))
    }
    guard value >= 0 else {
      return .failure(ParseError(message: "'\(raw)' is negative; figures count things, so ≥ 0"))
    }
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
