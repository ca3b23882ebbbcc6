import MSSCore
import Testing

@testable import MSSView

/// The sparkline series computed once per as-of date keeps the old per-frame semantics.
@Suite struct ResolvedViewDataTests {
  private func observation(_ value: Double, month: Int) -> Observation {
    Observation(
      value: Quantity(value), period: DateSpec(.month(year: 2024, month: month)),
      citations: [Citation(sourceID: "s", quote: "q")])
  }

  @Test func oneValuePerPeriodTheLastWinsOldestFirst() {
    let history = [
      observation(3, month: 5), observation(1, month: 2), observation(4, month: 5),
      observation(2, month: 3),
    ]
    #expect(ResolvedViewData.series(history) == [1, 2, 4])
  }

  @Test func manyReportsOfFewPeriodsGiveOneValueEach() {
    let history = (0..<5000).map { observation(Double($0), month: 1 + $0 % 12) }
    let series = ResolvedViewData.series(history)
    #expect(series.count == 12)
    // December comes last, with its last report.
    #expect(series.last == 4991)
  }
}
