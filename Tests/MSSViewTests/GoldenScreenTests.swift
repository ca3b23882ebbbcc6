import MSSCore
import Testing

@testable import MSSView

/// Whole screens of the bundled datasets, as of the fixed "today" and as of the seed article,
/// at the sizes a user meets: 80×24, 100×30, 132×43 and the narrow 60×20 and 40×12.
@Suite struct GoldenScreenTests {
  static let sizes = [(80, 24), (100, 30), (132, 43), (60, 20), (40, 12)]
  static let dates: [(label: String, day: Day)] = [
    ("today", Fixtures.today), ("2024-10-11", Fixtures.articleDay),
  ]

  static var cases: [(BundledDataset, Int, Int, String)] {
    BundledDataset.allCases.flatMap { bundled in
      sizes.flatMap { size in dates.map { (bundled, size.0, size.1, $0.label) } }
    }
  }

  @Test(arguments: cases)
  func screen(_ bundled: BundledDataset, _ width: Int, _ height: Int, _ date: String) throws {
    let day = try #require(Self.dates.first { $0.label == date }?.day)
    let model = try #require(Fixtures.model(bundled, asOf: day, width: width, height: height))
    let grid = Dashboard.render(model, width: width, height: height)
    GoldenFile.check(grid, named: "\(bundled.rawValue)-\(width)x\(height)-\(date)")
  }

  /// The interactive states a user sees most: detail open on the seed's lead nation, and help.
  @Test func detailOfKenya() throws {
    var model = try #require(Fixtures.model(.seed, width: 100, height: 30))
    _ = model.apply(.moveDown)
    _ = model.apply(.openDetail)
    GoldenFile.check(
      Dashboard.render(model, width: 100, height: 30), named: "seed-100x30-detail-kenya")
  }

  @Test func help() throws {
    var model = try #require(Fixtures.model(.seed, width: 80, height: 24))
    _ = model.apply(.toggleHelp)
    GoldenFile.check(Dashboard.render(model, width: 80, height: 24), named: "seed-80x24-help")
  }

  /// A wall screen: clock in the header, no hints, no cursor, a banner after a bad update.
  @Test func kiosk() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.today, width: 132, height: 43))
    model.kiosk = true
    model.clock = "Sun 29 Nov 14:05"
    model.themeName = "amber"
    model.banner =
      "data.yaml:12:3: 'soon' is not a date; showing the data loaded at 09:12 (5 h old)"
    // The detail on the first figure, as a highlight of the rotation pins one.
    _ = model.apply(.focus(.humanitarian))
    _ = model.apply(.openDetail)
    _ = model.apply(.back)
    GoldenFile.check(Dashboard.render(model, width: 132, height: 43), named: "history-132x43-kiosk")
  }

  @Test func zoomedTimelineFiltered() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.today, width: 100, height: 30))
    _ = model.apply(.startFilter)
    for key in ["k", "e", "n", "y", "a"] { _ = model.apply(.filterInput(key)) }
    _ = model.apply(.filterCommit)
    _ = model.apply(.toggleZoom)
    GoldenFile.check(
      Dashboard.render(model, width: 100, height: 30), named: "history-100x30-timeline-kenya")
  }

  @Test func ascii() throws {
    var model = try #require(Fixtures.model(.seed, width: 80, height: 24))
    model.glyphs = .ascii
    GoldenFile.check(Dashboard.render(model, width: 80, height: 24), named: "seed-80x24-ascii")
  }
}
