/// How a source qualified a number. "at least 115" is never the same as 115.
public enum Qualifier: String, CaseIterable, Sendable, Codable {
  case exact
  case about
  case atLeast = "at_least"
  case over
  case nearly
  case under
  case atMost = "at_most"

  /// The symbol shown before a number; empty for exact.
  public func symbol(ascii: Bool) -> String {
    switch self {
    case .exact: return ""
    case .about: return "~"
    case .atLeast: return ascii ? ">=" : "\u{2265}"
    case .over: return ">"
    case .nearly: return ascii ? "<~" : "\u{2272}"
    case .under: return "<"
    case .atMost: return ascii ? "<=" : "\u{2264}"
    }
  }

  /// The words a reader would say: "at least", "nearly".
  public var words: String {
    switch self {
    case .exact: return ""
    case .about: return "about"
    case .atLeast: return "at least"
    case .over: return "over"
    case .nearly: return "nearly"
    case .under: return "under"
    case .atMost: return "at most"
    }
  }

  public var isApproximate: Bool { self != .exact }
}

/// What a quantity counts.
public enum QuantityUnit: String, CaseIterable, Sendable, Codable {
  /// People, personnel, countries: whole numbers.
  case count
  /// A share of a whole, stored as a fraction (0.5), shown as a percentage.
  case share
  /// US dollars.
  case usd

  /// What a value of this unit is, for messages: "a percentage".
  var noun: String {
    switch self {
    case .count: return "a count"
    case .share: return "a percentage"
    case .usd: return "a dollar amount"
    }
  }
}

/// A number with its qualifier and unit.
public struct Quantity: Hashable, Sendable {
  public let value: Double
  public let qualifier: Qualifier
  public let unit: QuantityUnit

  public init(_ value: Double, _ qualifier: Qualifier = .exact, unit: QuantityUnit = .count) {
    self.value = value
    self.qualifier = qualifier
    self.unit = unit
  }

  /// The same number and unit, equal regardless of qualifier.
  public func sameNumber(as other: Quantity) -> Bool {
    unit == other.unit && value == other.value
  }
}
