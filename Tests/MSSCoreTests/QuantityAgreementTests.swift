import MSSCore
import Testing

/// When two sources report one figure for the same period, do they disagree?
@Suite struct QuantityAgreementTests {
  @Test(arguments: [
    // A round statement of a precise figure, in the direction its qualifier allows.
    (Quantity(700_000, .over), Quantity(702_973)),
    (Quantity(5_000_000, .over), Quantity(5_410_000)),
    (Quantity(400, .nearly), Quantity(395)),
    (Quantity(2900, .about), Quantity(2913)),
    (Quantity(0.5, .nearly, unit: .share), Quantity(0.485, unit: .share)),
    (Quantity(1000, .under), Quantity(980)),
    // The same number, whatever the qualifiers.
    (Quantity(115, .atLeast), Quantity(115)),
    (Quantity(400, .about), Quantity(400, .nearly)),
    (Quantity(5, .atMost), Quantity(5, .atLeast)),
  ])
  func agree(a: Quantity, b: Quantity) {
    #expect(a.agrees(with: b))
    #expect(b.agrees(with: a))
  }

  @Test(arguments: [
    // Different tallies: the conflicts the history dataset must show.
    (Quantity(70, .atLeast), Quantity(115)),
    (Quantity(70, .atLeast), Quantity(115, .atLeast)),
    (Quantity(5601, .atLeast), Quantity(5626)),
    (Quantity(200), Quantity(400)),
    (Quantity(744), Quantity(800)),
    (Quantity(1500, .about), Quantity(2000, .about)),
    (Quantity(11_772_557), Quantity(11_867_030)),
    // A round number on the wrong side of the figure.
    (Quantity(700_000, .over), Quantity(698_000)),
    (Quantity(400, .nearly), Quantity(404)),
    (Quantity(1000, .under), Quantity(1000, .over)),
    (Quantity(400, .nearly), Quantity(400, .over)),
    (Quantity(1000, .under), Quantity(1000)),
    // Too far off to be a rounding, though on the right side.
    (Quantity(5_000_000, .over), Quantity(5_700_000)),
    // Different units never agree.
    (Quantity(0.5, unit: .share), Quantity(0.5, unit: .usd)),
  ])
  func disagree(a: Quantity, b: Quantity) {
    #expect(!a.agrees(with: b))
    #expect(!b.agrees(with: a))
  }

  @Test func sameNumberIgnoresTheQualifier() {
    #expect(Quantity(115, .atLeast).sameNumber(as: Quantity(115)))
    #expect(!Quantity(115).sameNumber(as: Quantity(116)))
    #expect(!Quantity(0.5, unit: .share).sameNumber(as: Quantity(0.5, unit: .usd)))
  }
}
