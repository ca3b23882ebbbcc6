import MSSCore
import Testing

@Suite struct QuantityFormattingTests {
  @Test(arguments: [
    (Quantity(2900, .exact), "2,900", "2,900"),
    (Quantity(2900, .about), "~2,900", "~2,900"),
    (Quantity(115, .atLeast), "\u{2265}115", ">=115"),
    (Quantity(700_000, .over), ">700,000", ">700,000"),
    (Quantity(400, .nearly), "\u{2272}400", "<~400"),
    (Quantity(1000, .under), "<1,000", "<1,000"),
    (Quantity(5, .atMost), "\u{2264}5", "<=5"),
  ])
  func everyQualifierFullForm(quantity: Quantity, unicode: String, ascii: String) {
    #expect(quantity.formatted() == unicode)
    #expect(quantity.formatted(ascii: true) == ascii)
  }

  @Test(arguments: [
    (Quantity(115, .atLeast), "\u{2265}115", ">=115"),
    (Quantity(2900, .about), "~2,900", "~2,900"),
    (Quantity(702_973, .exact), "703k", "703k"),
    (Quantity(700_000, .over), ">700k", ">700k"),
    (Quantity(5_000_000, .over), ">5M", ">5M"),
    (Quantity(5_410_000, .exact), "5.41M", "5.41M"),
    (Quantity(1_041_000, .exact), "1.04M", "1.04M"),
    (Quantity(11_772_557, .exact), "11.8M", "11.8M"),
    (Quantity(1_300_000, .nearly), "\u{2272}1.3M", "<~1.3M"),
    (Quantity(2_000_000_000, .under), "<2bn", "<2bn"),
    (Quantity(9_999, .atMost), "\u{2264}9,999", "<=9,999"),
  ])
  func compactForms(quantity: Quantity, unicode: String, ascii: String) {
    #expect(quantity.compact() == unicode)
    #expect(quantity.compact(ascii: true) == ascii)
  }

  @Test func shares() {
    #expect(Quantity(0.5, .nearly, unit: .share).formatted() == "\u{2272}50%")
    #expect(Quantity(0.5, .nearly, unit: .share).formatted(ascii: true) == "<~50%")
    #expect(Quantity(0.485, unit: .share).formatted() == "48.5%")
    #expect(Quantity(0.4, .under, unit: .share).compact() == "<40%")
    #expect(Quantity(1, unit: .share).formatted() == "100%")
  }

  @Test func dollars() {
    #expect(Quantity(10_800_000, unit: .usd).formatted() == "$10.8M")
    #expect(Quantity(674_000_000, .about, unit: .usd).formatted() == "~$674M")
    #expect(Quantity(200, unit: .usd).compact() == "$200")
  }

  @Test func spoken() {
    #expect(Quantity(115, .atLeast).spoken == "at least 115")
    #expect(Quantity(0.5, .nearly, unit: .share).spoken == "nearly 50%")
    #expect(Quantity(2900).spoken == "2,900")
    #expect(Quantity(1000, .under).spoken == "under 1,000")
  }

  @Test func grouping() {
    #expect(NumberFormat.grouped(0) == "0")
    #expect(NumberFormat.grouped(999) == "999")
    #expect(NumberFormat.grouped(1000) == "1,000")
    #expect(NumberFormat.grouped(11_772_557) == "11,772,557")
    #expect(NumberFormat.grouped(-1_234_567) == "-1,234,567")
  }

  @Test func percentOfARatio() {
    #expect(NumberFormat.percent(430.0 / 2900) == "15%")
    #expect(NumberFormat.percent(0.042) == "4.2%")
    #expect(NumberFormat.percent(1) == "100%")
    #expect(NumberFormat.percent(.nan) == "–")
  }

  @Test func decimalsWithoutTrailingZeros() {
    #expect(NumberFormat.decimal(5.41, maxFraction: 2) == "5.41")
    #expect(NumberFormat.decimal(5.4, maxFraction: 2) == "5.4")
    #expect(NumberFormat.decimal(5, maxFraction: 2) == "5")
    #expect(NumberFormat.decimal(1234.5, maxFraction: 1) == "1,234.5")
    #expect(NumberFormat.decimal(-0.04, maxFraction: 1) == "0")
    #expect(NumberFormat.decimal(-2.25, maxFraction: 1) == "-2.3")
  }

  /// What is parsed and formatted again keeps its qualifier: "at least 115" never becomes 115.
  @Test(arguments: [
    "at least 115", "about 2,900", "over 700,000", "nearly 400", "under 1,000", "at most 5",
    "2,900",
  ])
  func roundTrip(text: String) throws {
    let quantity = try Quantity.parse(text).get()
    #expect(quantity.spoken == text)
    #expect(try Quantity.parse(quantity.formatted()).get() == quantity)
    #expect(try Quantity.parse(quantity.formatted(ascii: true)).get() == quantity)
  }
}
