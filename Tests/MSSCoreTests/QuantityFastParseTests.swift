import Testing

@testable import MSSCore

/// `Quantity.fastParse` reads the common forms at start; `generalParse` is the definition.
/// Wherever the fast path answers, both must give the same result, in every unit a field asks
/// for (the same value to the bit, qualifier and unit, or the same message).
@Suite struct QuantityFastParseTests {
  private static let units: [QuantityUnit?] = [nil, .count, .share, .usd]

  /// Whether the fast path agrees with the general one on `text` in every unit; true when it
  /// leaves `text` to the general path.
  private func agrees(_ text: String) -> Bool {
    Self.units.allSatisfy { unit in
      Quantity.fastParse(text, unit: unit).map { $0 == Quantity.generalParse(text, unit: unit) }
        ?? true
    }
  }

  private func isFast(_ text: String, unit: QuantityUnit? = nil) -> Bool {
    Quantity.fastParse(text, unit: unit) != nil
  }

  @Test func everyBundledValueAgreesAndIsFast() throws {
    let values = try FastPathInputs.bundledScalars(for: ["value"])
    #expect(values.count > 80)
    for value in values {
      #expect(agrees(value), "\(value)")
      let unit: QuantityUnit? =
        value.hasSuffix("%") ? .share : value.hasPrefix("$") ? .usd : .count
      #expect(isFast(value, unit: unit), "\(value)")
    }
  }

  /// Qualifiers, groupings, decimals, scales and units combined: every one agrees.
  @Test func generatedValuesAgree() {
    let qualifiers = [
      "", "about ", "at least ", "over ", "nearly ", "<~", ">=", "≥", "~", "exact ", "$",
      "about $", "~$", "$$", "$ ",
    ]
    let numbers = [
      "0", "7", "2900", "2,900", "2_900", "2\u{2009}900", "1,041,000", "11,867,030", "5.7",
      "5.41", "4.97", "0.5", "1.", "007", "999999999999999", "9999999999999999", "1,0,0",
      "2,900,", "1.0,5", "100.00",
    ]
    let scales = ["", " million", " billion", " thousand", "m", "k", "bn", "%"]
    var fast = 0
    for qualifier in qualifiers {
      for number in numbers {
        for scale in scales {
          let text = qualifier + number + scale
          #expect(agrees(text), "\(text)")
          if isFast(text) { fast += 1 }
        }
      }
    }
    #expect(fast > 1000)
  }

  /// Near misses of the bundled forms: spaces, capitals, signs, combining marks, foreign
  /// digits, doubled points. The fast path must leave to the general path whatever it does
  /// not read the same way.
  @Test func mutatedValuesAgree() throws {
    let seeds =
      try FastPathInputs.bundledScalars(for: ["value"]) + [
        "$10.8 million", "5.7 million", "2\u{2009}900", "1e5", "-5", ".5", "nan", "1.2.3",
      ]
    let inputs = FastPathInputs.mutated(seeds, count: 600, seed: 8)
    var fast = 0
    for text in inputs {
      #expect(agrees(text), "\(text.debugDescription)")
      if isFast(text) { fast += 1 }
    }
    #expect(fast > 100)
  }

  /// Refusals and contradictions come from the general path, with its message.
  @Test(arguments: [
    ("50%", QuantityUnit.count), ("2.5", .count), ("150%", .share), ("9999999999999999", .count),
    ("About 2,900", .count), (" 2900", .count), ("2900 ", .count), ("5 m", .count),
    ("≥\u{0338}5", .count), ("5\u{0301}", .count), ("$5", .count), ("$50%", .usd),
    ("$50%", .share),
  ])
  func leftToTheGeneralPath(text: String, unit: QuantityUnit) {
    if let fast = Quantity.fastParse(text, unit: unit) {
      #expect(fast == Quantity.generalParse(text, unit: unit))
    }
    #expect(Quantity.parse(text, unit: unit) == Quantity.generalParse(text, unit: unit))
  }
}
