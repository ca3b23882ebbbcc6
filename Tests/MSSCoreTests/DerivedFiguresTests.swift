import MSSCore
import Testing

@Suite struct DerivedFiguresTests {
  /// The article's picture: about 2,900 pledged, about 430 deployed, nearly 400 Kenyan, 600 more.
  @Test func theArticlesNumbers() throws {
    let derived = DerivedFigures(
      pledged: Quantity(2900, .about), deployed: Quantity(430, .about),
      leadDeployed: Quantity(400, .nearly), planned: [Quantity(600)])
    let ratio = try #require(derived.deploymentRatio)
    #expect(ratio.value == 430.0 / 2900)
    #expect(ratio.qualifier == .about)
    #expect(derived.shortfall?.value == 2470)
    #expect(derived.shortfall?.quantity == Quantity(2470, .about))
    #expect(derived.leadShare?.value == 400.0 / 430)
    #expect(derived.projected?.value == 1030)
    #expect(derived.projected?.qualifier == .about)
    #expect(derived.projectedRatio?.value == 1030.0 / 2900)
  }

  @Test func exactOnlyWhenEveryInputIs() {
    let derived = DerivedFigures(
      pledged: Quantity(1000), deployed: Quantity(744), leadDeployed: Quantity(744),
      planned: [Quantity(100), Quantity(56)])
    #expect(derived.deploymentRatio?.qualifier == .exact)
    #expect(derived.shortfall?.quantity == Quantity(256))
    #expect(derived.leadShare?.value == 1)
    #expect(derived.projected?.quantity == Quantity(900))
    #expect(derived.projectedRatio?.value == 0.9)
    let oneApproximate = DerivedFigures(
      pledged: Quantity(1000), deployed: Quantity(744), leadDeployed: nil,
      planned: [Quantity(100, .about)])
    #expect(oneApproximate.deploymentRatio?.qualifier == .exact)
    #expect(oneApproximate.projected?.qualifier == .about)
  }

  @Test func missingOrZeroInputsGiveNothing() {
    let none = DerivedFigures(pledged: nil, deployed: nil, leadDeployed: nil, planned: [])
    #expect(none.deploymentRatio == nil)
    #expect(none.shortfall == nil)
    #expect(none.leadShare == nil)
    #expect(none.projected == nil)
    #expect(none.projectedRatio == nil)
    let zero = DerivedFigures(
      pledged: Quantity(0), deployed: Quantity(0), leadDeployed: Quantity(0), planned: [Quantity(5)]
    )
    #expect(zero.deploymentRatio == nil)
    #expect(zero.leadShare == nil)
    #expect(zero.projected?.value == 5)
    #expect(zero.projectedRatio == nil)
  }

  @Test func shortfallNeverNegativeAndLeadShareCapped() {
    let derived = DerivedFigures(
      pledged: Quantity(100), deployed: Quantity(150), leadDeployed: Quantity(200), planned: [])
    #expect(derived.deploymentRatio?.value == 1.5)
    #expect(derived.shortfall?.value == 0)
    #expect(derived.leadShare?.value == 1)
  }
}
