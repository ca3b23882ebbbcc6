import MSSCore
import Testing

@testable import MSSView

/// `[`, `]` and `0`: stepping the as-of date through the days the picture changed.
@Suite struct AppModelAsOfTests {
  @Test func stepsThroughChangeDaysThenToday() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.articleDay))
    let days = model.dataset.changeDays
    _ = model.apply(.stepAsOf(1))
    #expect(model.asOf == days.first { $0 > Fixtures.articleDay })
    _ = model.apply(.stepAsOf(-2))
    #expect(model.asOf == days.last { $0 < Fixtures.articleDay })
    for _ in 0..<500 { _ = model.apply(.stepAsOf(1)) }
    #expect(model.asOf == Fixtures.today)
    for _ in 0..<500 { _ = model.apply(.stepAsOf(-1)) }
    #expect(model.asOf == days.first)
    _ = model.apply(.asOfToday)
    #expect(model.asOf == Fixtures.today)
  }

  @Test func figuresFollowTheDate() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.articleDay))
    let before = model.state.deployed.figure.value
    _ = model.apply(.asOfToday)
    #expect(model.state.deployed.figure.value != before)
    let screen = Dashboard.render(model, width: 80, height: 24).text
    #expect(screen.contains("as of 29 Nov 2026 (today)"))
  }

  @Test func steppingKeepsTheSelectedEventWhenItStillExists() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.articleDay))
    model.select(.event("mss-begins"))
    _ = model.apply(.stepAsOf(1))
    #expect(model.selectedItem(in: .timeline) == .event("mss-begins"))
  }
}
