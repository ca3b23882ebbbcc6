import MSSCore
import Testing

@Suite struct QuantityParsingTests {
  private func parsed(_ text: String, unit: QuantityUnit? = nil) throws -> Quantity {
    try Quantity.parse(text, unit: unit).get()
  }

  private func failure(_ text: String, unit: QuantityUnit? = nil) throws -> String {
    switch Quantity.parse(text, unit: unit) {
    case .success(let quantity):
      Issue.record("'\(text)' parsed as \(quantity)")
      return ""
    case .failure(let error):
      return error.message
    }
  }

  @Test(arguments: [
    ("2900", 2900.0, Qualifier.exact), ("2,900", 2900, .exact), ("=5", 5, .exact),
    ("~2,900", 2900, .about), ("about 2,900", 2900, .about), ("around 410", 410, .about),
    (">=115", 115, .atLeast), ("\u{2265}115", 115, .atLeast), ("at least 115", 115, .atLeast),
    (">700000", 700_000, .over), ("over 700,000", 700_000, .over),
    ("more than 1.4 million", 1_400_000, .over),
    ("<~400", 400, .nearly), ("\u{2272}400", 400, .nearly), ("nearly 400", 400, .nearly),
    ("almost 400", 400, .nearly),
    ("<1000", 1000, .under), ("under 1,000", 1000, .under), ("fewer than 1,000", 1000, .under),
    ("<=5", 5, .atMost), ("\u{2264}5", 5, .atMost), ("at most 5", 5, .atMost),
  ])
  func qualifiers(text: String, value: Double, qualifier: Qualifier) throws {
    let quantity = try parsed(text)
    #expect(quantity.value == value)
    #expect(quantity.qualifier == qualifier)
    #expect(quantity.unit == .count)
  }

  @Test func wordsAreCaseInsensitiveAndSpacesTrimmed() throws {
    #expect(try parsed("  At Least 115 ") == Quantity(115, .atLeast))
    #expect(try parsed("OVER 5 MILLION") == Quantity(5_000_000, .over))
  }

  @Test(arguments: [
    ("2.9k", 2900.0), ("5m", 5_000_000), ("1.2bn", 1_200_000_000), ("5 million", 5_000_000),
    ("3 thousand", 3000), ("2 billion", 2_000_000_000), ("1_000", 1000), ("1\u{2009}000", 1000),
  ])
  func compactAndGroupedForms(text: String, value: Double) throws {
    #expect(try parsed(text).value == value)
  }

  /// 1.041 × 10^6 in floating point is 1,040,999.9999999999; the parser must not produce it.
  @Test(arguments: [
    ("1.041 million", 1_041_000.0), ("5.41 million", 5_410_000), ("4.97 million", 4_970_000),
    ("nearly 1.3 million", 1_300_000), ("0.007 million", 7000),
  ])
  func decimalsScaleExactly(text: String, value: Double) throws {
    #expect(try parsed(text).value == value)
  }

  @Test func shares() throws {
    #expect(try parsed("nearly 50%") == Quantity(0.5, .nearly, unit: .share))
    #expect(try parsed("less than 40%") == Quantity(0.4, .under, unit: .share))
    #expect(try parsed("48.5%", unit: .share) == Quantity(0.485, unit: .share))
    #expect(try parsed("0.5", unit: .share) == Quantity(0.5, unit: .share))
    #expect(try parsed("100%") == Quantity(1, unit: .share))
  }

  @Test func dollars() throws {
    #expect(try parsed("$10.8 million") == Quantity(10_800_000, unit: .usd))
    #expect(try parsed("10.8 million", unit: .usd) == Quantity(10_800_000, unit: .usd))
    #expect(try parsed("about $674m") == Quantity(674_000_000, .about, unit: .usd))
    #expect(try parsed("$0.50", unit: .usd) == Quantity(0.5, unit: .usd))
  }

  @Test func theLimitItselfIsAllowed() throws {
    #expect(try parsed("1000000000000000").value == Quantity.maximumValue)
  }

  @Test func notAQuantity() throws {
    for text in ["", "abc", "five", "roughly 5", "1.2.3", "1e6", "0x10", ".", "5 people", "~"] {
      #expect(try failure(text).contains("is not a quantity"), "\(text)")
    }
    #expect(try failure("roughly 5").contains("at least"), "the message lists the qualifiers")
  }

  @Test func negative() throws {
    #expect(try failure("-5") == "'-5' is negative; figures count things, so ≥ 0")
    #expect(try failure("~-5").contains("is negative"))
  }

  @Test func fractionalCount() throws {
    #expect(try failure("2.5") == "'2.5' is fractional; a count must be a whole number")
    #expect(try failure("1.0000001 million").contains("fractional"))
  }

  @Test func nanAndInfinity() throws {
    for text in ["nan", ".nan", "NaN", ".inf", "-.inf", "inf", "infinity", "over .inf"] {
      #expect(try failure(text).hasSuffix("is not a finite number"), "\(text)")
    }
  }

  @Test func overflow() throws {
    #expect(
      try failure("99999999999999999999")
        == "'99999999999999999999' is too large (the limit is 10^15)")
    #expect(try failure("1000000000000001").contains("too large"))
    #expect(try failure(String(repeating: "9", count: 400)).contains("too large"))
    #expect(try failure("2 billion billion").contains("not a quantity"))
  }

  @Test func shareOver100() throws {
    #expect(try failure("150%") == "'150%' is over 100%; a share is at most 100%")
    #expect(try failure("2", unit: .share).contains("over 100%"))
  }

  @Test func unitContradictions() throws {
    #expect(
      try failure("50%", unit: .count) == "'50%' is a percentage, but this field holds a count")
    #expect(
      try failure("$5", unit: .share)
        == "'$5' is a dollar amount, but this field holds a percentage")
    #expect(try failure("5%", unit: .usd).contains("is a percentage"))
  }

  @Test func makeChecksNumbersFromElsewhere() throws {
    func message(_ value: Double) -> String? {
      if case .failure(let error) = Quantity.make(value, .exact, .count, raw: "x") {
        return error.message
      }
      return nil
    }
    #expect(message(.nan) == "'x' is not a finite number")
    #expect(message(.infinity) == "'x' is too large (the limit is 10^15)")
    #expect(message(-1) == "'x' is negative; figures count things, so ≥ 0")
    #expect(try Quantity.make(3, .about, .count, raw: "3").get() == Quantity(3, .about))
  }
}
