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

  @Test func ascii() throws {
    var model = try #require(Fixtures.model(.seed, width: 80, height: 24))
    model.glyphs = .ascii
    GoldenFile.check(Dashboard.render(model, width: 80, height: 24), named: "seed-80x24-ascii")
  }
}
