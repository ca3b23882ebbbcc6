extension Quantity {
  /// The number with its qualifier symbol: `≥115`, `~2,900`, `>700,000`, `≲50%`, `$10.8M`.
  public func formatted(ascii: Bool = false) -> String {
    qualifier.symbol(ascii: ascii) + NumberFormat.full(value, unit: unit)
  }

  /// A short form for tiles and bars: `≥115`, `~2.9k`, `>700k`, `>5M`, `5.41M`.
  public func compact(ascii: Bool = false) -> String {
    qualifier.symbol(ascii: ascii) + NumberFormat.compact(value, unit: unit)
  }

  /// As a sentence would say it: `at least 115`, `nearly 50%`.
  public var spoken: String {
    let number = NumberFormat.full(value, unit: unit)
    return qualifier == .exact ? number : "\(qualifier.words) \(number)"
  }
}

/// Number formatting shared by every panel and snapshot: thousands separators and compact forms.
public enum NumberFormat {
  public static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, character) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(character)
    }
    return value < 0 ? "-" + out : out
  }

  public static func full(_ value: Double, unit: QuantityUnit) -> String {
    switch unit {
    case .count:
      return grouped(Int(value.rounded()))
    case .share:
      return decimal(value * 100, maxFraction: 1) + "%"
    case .usd:
      return "$" + compact(value, unit: .count)
    }
  }

  public static func compact(_ value: Double, unit: QuantityUnit) -> String {
    switch unit {
    case .share: return full(value, unit: .share)
    case .usd: return full(value, unit: .usd)
    case .count: break
    }
    let magnitude = abs(value)
    if magnitude >= 1e9 {
      return decimal(value / 1e9, maxFraction: magnitude >= 1e10 ? 1 : 2) + "bn"
    }
    if magnitude >= 1e6 { return decimal(value / 1e6, maxFraction: magnitude >= 1e7 ? 1 : 2) + "M" }
    if magnitude >= 1e4 { return decimal(value / 1e3, maxFraction: 0) + "k" }
    return grouped(Int(value.rounded()))
  }

  /// A ratio as a whole percentage, `15%`; one decimal under 10%, `4.2%`.
  public static func percent(_ ratio: Double) -> String {
    guard ratio.isFinite else { return "–" }
    return decimal(ratio * 100, maxFraction: ratio < 0.1 ? 1 : 0) + "%"
  }

  /// Fixed-point with trailing zeros removed, without Foundation's locale-dependent formatting.
  public static func decimal(_ value: Double, maxFraction: Int) -> String {
    var scale = 1.0
    for _ in 0..<maxFraction { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int(scaled / scale)
    var fraction = Int(scaled) - whole * Int(scale)
    var fractionDigits = maxFraction
    while fractionDigits > 0, fraction % 10 == 0 {
      fraction /= 10
      fractionDigits -= 1
    }
    let sign = value < 0 && scaled > 0 ? "-" : ""
    let fractionText = fractionDigits > 0 ? "." + pad(fraction, fractionDigits) : ""
    return sign + grouped(whole) + fractionText
  }
}
