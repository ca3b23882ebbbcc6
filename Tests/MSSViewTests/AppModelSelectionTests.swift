import MSSCore
import Testing

@testable import MSSView

/// Selection and scrolling inside panels, and keeping them sensible when the data changes.
@Suite struct AppModelSelectionTests {
  @Test func movesClampAtBothEnds() throws {
    var model = try #require(Fixtures.model(.history, width: 80, height: 24))
    _ = model.apply(.moveUp)
    #expect(model.cursor(.pledges).selected == 0)
    for _ in 0..<50 { _ = model.apply(.moveDown) }
    #expect(model.cursor(.pledges).selected == model.items(in: .pledges).count - 1)
    _ = model.apply(.top)
    #expect(model.cursor(.pledges).selected == 0)
    _ = model.apply(.bottom)
    #expect(model.selectedItem(in: .pledges) == model.items(in: .pledges).last)
  }

  @Test func scrollFollowsTheSelection() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.today, width: 80, height: 24))
    _ = model.apply(.focus(.humanitarian))
    _ = model.apply(.bottom)
    let geometry = model.geometry(.humanitarian)
    let cursor = model.cursor(.humanitarian)
    let row = try #require(geometry.rowOfItem(cursor.selected))
    #expect(row >= cursor.scroll && row < cursor.scroll + geometry.visibleRows)
  }

  @Test func pageMovesByAScreen() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.today, width: 80, height: 24))
    _ = model.apply(.focus(.timeline))
    _ = model.apply(.top)
    _ = model.apply(.pageDown)
    let visible = model.geometry(.timeline).visibleRows
    #expect(model.cursor(.timeline).selected == visible - 1)
    _ = model.apply(.pageUp)
    #expect(model.cursor(.timeline).selected == 0)
  }

  @Test func timelineOpensOnTheLatestPastEvent() throws {
    let model = try #require(Fixtures.model(.seed))
    #expect(model.selectedItem(in: .timeline) == .event("conille-visits-nairobi"))
  }

  @Test func timelineShowsWhatIsStillToCome() throws {
    let model = try #require(
      Fixtures.model(.history, asOf: Fixtures.articleDay, width: 76, height: 20))
    let text = Dashboard.render(model, width: 76, height: 20).text
    #expect(text.contains("\u{25B6} as of 11 Oct 2024"))
    #expect(text.contains("600 more Kenyan"), "the first planned event shows under the marker")
  }

  @Test func detailScrollsAsADocument() throws {
    var model = try #require(Fixtures.model(.seed))
    _ = model.apply(.openDetail)
    _ = model.apply(.moveDown)
    #expect(model.cursor(.detail).scroll == 1)
    _ = model.apply(.bottom)
    let geometry = model.geometry(.detail)
    #expect(model.cursor(.detail).scroll == geometry.totalRows - geometry.visibleRows)
    _ = model.apply(.top)
    #expect(model.cursor(.detail).scroll == 0)
  }

  @Test func sortCyclesAndKeepsTheSelectedContributor() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.today))
    #expect(model.sort == .deployed)
    model.select(.contributor("JM"))
    let names = { (model: AppModel) in model.pledgeRows.map(\.name) }
    _ = model.apply(.cycleSort)
    #expect(model.sort == .pledged)
    #expect(model.selectedItem(in: .pledges) == .contributor("JM"))
    _ = model.apply(.cycleSort)
    _ = model.apply(.cycleSort)
    #expect(model.sort == .name)
    #expect(names(model) == names(model).sorted())
    _ = model.apply(.cycleSort)
    #expect(model.sort == .deployed)
  }

  @Test func replacingTheDatasetKeepsSelectionsById() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.articleDay))
    model.select(.contributor("KE"))
    let seed = try #require(Fixtures.dataset(.seed))
    model.replaceDataset(seed)
    #expect(model.selectedItem(in: .pledges) == .contributor("KE"))
    model.select(.metric("displaced"))
    let history = try #require(Fixtures.dataset(.history))
    model.replaceDataset(history)
    #expect(model.selectedItem(in: .humanitarian) == .metric("displaced"))
  }

  @Test func selectFocusesThePanelThatListsTheItem() throws {
    var model = try #require(Fixtures.model(.seed))
    let found = model.select(.event("gran-grif-attack"))
    #expect(found && model.focus == .timeline)
    let missing = model.select(.contributor("nobody"))
    #expect(!missing)
  }
}
