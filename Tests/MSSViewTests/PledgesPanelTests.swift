import MSSCore
import Testing

@testable import MSSView

@Suite struct PledgesPanelTests {
  func render(_ model: AppModel, _ width: Int = 60, _ height: Int = 14) -> [String] {
    var grid = Grid(width: width, height: height)
    Panels.draw(.pledges, in: &grid, grid.bounds, model: model)
    return grid.lines
  }

  @Test func rowsShowDeployedOverPledgedWithQualifiersAndRatio() throws {
    let model = try #require(Fixtures.model(.history, asOf: Fixtures.today))
    let lines = render(model)
    let kenya = try #require(lines.first { $0.contains("Kenya \u{2605}") })
    #expect(kenya.contains("\u{2605}"), "the lead nation is marked")
    #expect(kenya.contains("735 / 1,000"))
    #expect(kenya.contains("74%"))
    #expect(kenya.contains("\u{26A0}"), "Kenya's figures have conflicting sources")
    let benin = try #require(lines.first { $0.contains("Benin") })
    #expect(benin.contains("\u{2013} / ~1,500"), "nothing deployed is a dash, not a zero")
  }

  @Test func missionRowAndDerivedLine() throws {
    let model = try #require(Fixtures.model(.seed))
    let lines = render(model)
    #expect(
      lines[2].contains("Mission") && lines[2].contains("~430 / ~2,900")
        && lines[2].contains("+600"))
    #expect(lines[2].contains("~15%"))
    #expect(lines[3].contains("\u{2265}10 countries"))
  }

  @Test func barsUseFillPlannedAndTrack() throws {
    let model = try #require(Fixtures.model(.seed))
    var grid = Grid(width: 60, height: 14)
    Panels.draw(.pledges, in: &grid, grid.bounds, model: model)
    let roles = Set(grid.cells.map(\.role))
    #expect(roles.isSuperset(of: [.deployed, .planned, .pledged]))
  }

  @Test func selectionBarOnlyWhenFocused() throws {
    var model = try #require(Fixtures.model(.seed))
    var grid = Grid(width: 60, height: 14)
    Panels.draw(.pledges, in: &grid, grid.bounds, model: model)
    #expect(grid.cells.contains { $0.role == .selection })
    _ = model.apply(.focus(.timeline))
    grid = Grid(width: 60, height: 14)
    Panels.draw(.pledges, in: &grid, grid.bounds, model: model)
    #expect(!grid.cells.contains { $0.role == .selection })
  }

  @Test func sortedColumnIsMarked() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.today))
    #expect(render(model)[1].contains("dep\u{2193}"))
    _ = model.apply(.cycleSort)
    #expect(render(model)[1].contains("pledged\u{2193}"))
  }

  @Test func narrowPanelsDropPlannedBeforeBars() {
    let rows = [
      PledgeRowText(
        mission: MissionState(
          dataset: Fixtures.dataset(.seed).map { $0 } ?? emptyDataset, asOf: Fixtures.articleDay),
        glyphs: .unicode)
    ]
    let wide = PledgeColumns(rows: rows, width: 70, sort: .deployed, glyphs: .unicode)
    #expect(wide.planned > 0 && wide.bar >= PledgeColumns.minimumBar)
    let narrow = PledgeColumns(rows: rows, width: 30, sort: .deployed, glyphs: .unicode)
    #expect(narrow.planned == 0)
  }

  var emptyDataset: Dataset {
    Dataset(
      id: "empty", title: "Empty", mission: "Nothing", sources: [], contributors: [], origin: "test"
    )
  }

  @Test func emptyDatasetSaysSo() {
    let model = AppModel(dataset: emptyDataset, asOf: Fixtures.articleDay, today: Fixtures.today)
    #expect(render(model).joined().contains("no contributor figures known yet"))
  }
}
