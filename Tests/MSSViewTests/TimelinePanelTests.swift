import MSSCore
import Testing

@testable import MSSView

@Suite struct TimelinePanelTests {
  func lines(_ model: AppModel, _ width: Int = 70, _ height: Int = 12) -> [String] {
    var grid = Grid(width: width, height: height)
    Panels.draw(.timeline, in: &grid, grid.bounds, model: model)
    return grid.lines
  }

  @Test func datesKeepTheirPrecision() throws {
    let text = lines(try #require(Fixtures.model(.seed))).joined(separator: "\n")
    for date in ["Jun 2024", "Sep 2024", "30 Sep\u{2013}6 Oct 2024", "11 Oct 2024", "Nov 2024"] {
      #expect(text.contains(date), "\(date) missing")
    }
  }

  @Test func markerSeparatesPastFromPlanned() throws {
    let rows = lines(try #require(Fixtures.model(.seed)))
    let marker = try #require(rows.firstIndex { $0.contains("\u{25B6} as of 11 Oct 2024") })
    let planned = try #require(rows.firstIndex { $0.contains("600 more Kenyan police") })
    let past = try #require(rows.firstIndex { $0.contains("Conille") })
    #expect(past < marker && marker < planned)
    #expect(rows[marker].contains("1 to come"))
  }

  @Test func categoriesHaveTheirOwnMarkAndRole() throws {
    let model = try #require(Fixtures.model(.seed))
    var grid = Grid(width: 70, height: 12)
    Panels.draw(.timeline, in: &grid, grid.bounds, model: model)
    #expect(grid.cells.contains { $0.role == .violence && $0.text == "\u{2715}" })
    #expect(grid.cells.contains { $0.role == .mandate && $0.text == "\u{25C6}" })
  }

  @Test func scrollPositionIsShownWhenTheListIsLonger() throws {
    let model = try #require(Fixtures.model(.history, asOf: Fixtures.today))
    let bottom = lines(model, 70, 10).last ?? ""
    #expect(bottom.contains(" of \(model.timelineEvents.count + 1) "))
  }
}
