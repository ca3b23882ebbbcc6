import MSSCore
import Testing

@testable import MSSView

/// The detail panel shows a pinned subject: Enter (or a second click on the selected row)
/// pins the selection; moving a selection or the focus leaves the detail as it is, so a move
/// repaints only the selection bar.
@Suite struct AppModelDetailSubjectTests {
  /// The detail panel's rows as text, title included.
  func detailText(_ model: AppModel, width: Int = 100, height: Int = 30) throws -> String {
    let grid = Dashboard.render(model, width: width, height: height)
    let rect = try #require(
      ScreenLayout(model: model, width: width, height: height).panels[.detail])
    return (rect.y..<rect.maxY).map { y in
      (rect.x..<rect.maxX).map { grid[$0, y].text }.joined()
    }.joined(separator: "\n")
  }

  @Test func theFirstScreenCitesTheFocusedPanelsSelection() throws {
    let model = try #require(Fixtures.model(.seed))
    #expect(model.detailSubject == .missionTotals)
    #expect(model.detailSubject == model.selectedItem(in: model.focus))
  }

  @Test func movingTheSelectionKeepsTheSubject() throws {
    var model = try #require(Fixtures.model(.seed, width: 100, height: 30))
    let before = try detailText(model)
    for action in [Action.moveDown, .moveDown, .moveUp, .bottom, .pageUp, .top, .moveDown] {
      _ = model.apply(action)
      #expect(model.detailSubject == .missionTotals, "after \(action)")
    }
    #expect(model.selectedItem(in: .pledges) == .contributor("KE"))
    #expect(try detailText(model) == before, "the detail panel changed with the selection")
  }

  @Test func movingTheFocusKeepsTheSubject() throws {
    var model = try #require(Fixtures.model(.seed, width: 100, height: 30))
    for action in [Action.focusNext, .moveDown, .focus(.timeline), .moveUp, .focusPrevious] {
      _ = model.apply(action)
      #expect(model.detailSubject == .missionTotals, "after \(action)")
    }
    #expect(try detailText(model).contains("4 Detail: Mission"))
  }

  @Test func theWheelKeepsTheSubject() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.today, width: 80, height: 24))
    let timeline = try #require(ScreenLayout(model: model, width: 80, height: 24).panels[.timeline])
    _ = model.apply(.scroll(x: timeline.x + 2, y: timeline.y + 2, lines: -3))
    #expect(model.detailSubject == .missionTotals)
  }

  @Test func enterPinsTheSelectionUntilTheNextEnter() throws {
    var model = try #require(Fixtures.model(.seed, width: 100, height: 30))
    _ = model.apply(.moveDown)
    _ = model.apply(.openDetail)
    #expect(model.focus == .detail && model.detailSubject == .contributor("KE"))
    #expect(try detailText(model).contains("4 Detail: Kenya"))
    _ = model.apply(.back)
    _ = model.apply(.focus(.humanitarian))
    _ = model.apply(.moveDown)
    #expect(model.detailSubject == .contributor("KE"))
    let hungry = try #require(model.selectedItem(in: .humanitarian))
    _ = model.apply(.openDetail)
    #expect(model.detailSubject == hungry && hungry != .contributor("KE"))
    _ = model.apply(.back)
    #expect(model.focus == .humanitarian)
  }

  /// Two events of the same month: the title tells which one the detail shows.
  @Test func theTitleTellsEventsOfTheSameMonthApart() throws {
    var model = try #require(Fixtures.model(.seed, width: 132, height: 43))
    model.open(.event("mandate-extended-2024"))
    let mandate = DetailPanel.title(model)
    model.open(.event("peacekeeping-push-dropped"))
    let push = DetailPanel.title(model)
    #expect(mandate.hasPrefix("4 Detail: Sep 2024 \u{00B7} U.N. Security Council"))
    #expect(push.hasPrefix("4 Detail: Sep 2024 \u{00B7} U.S. push"))
    #expect(
      try detailText(model, width: 132, height: 43).contains("4 Detail: Sep 2024 \u{00B7} U.S."))
  }

  @Test func openPinsAnItemFromOutside() throws {
    var model = try #require(Fixtures.model(.seed))
    let opened = model.open(.event("gran-grif-attack"))
    #expect(opened)
    #expect(model.focus == .detail && model.detailSubject == .event("gran-grif-attack"))
    let missing = model.open(.contributor("nobody"))
    #expect(!missing)
    #expect(model.detailSubject == .event("gran-grif-attack"), "a missing item changes nothing")
  }

  @Test func steppingTheDateKeepsTheSubjectById() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.articleDay))
    model.open(.contributor("KE"))
    _ = model.apply(.back)
    _ = model.apply(.stepAsOf(1))
    _ = model.apply(.stepAsOf(1))
    #expect(model.detailSubject == .contributor("KE"))
    _ = model.apply(.asOfToday)
    #expect(model.detailSubject == .contributor("KE"))
  }

  @Test func sortingAndReloadingKeepTheSubjectById() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.today))
    model.open(.contributor("JM"))
    _ = model.apply(.back)
    for _ in 0..<3 { _ = model.apply(.cycleSort) }
    #expect(model.detailSubject == .contributor("JM"))
    let history = try #require(Fixtures.dataset(.history))
    model.replaceDataset(history)
    #expect(model.detailSubject == .contributor("JM"))
  }

  /// A filter hides events from the timeline, not from the detail panel.
  @Test func filteringKeepsThePinnedEvent() throws {
    var model = try #require(Fixtures.model(.seed))
    model.open(.event("gran-grif-attack"))
    _ = model.apply(.startFilter)
    for key in ["n", "a", "i", "r", "o", "b", "i"] { _ = model.apply(.filterInput(key)) }
    _ = model.apply(.filterCommit)
    #expect(!model.items(in: .timeline).contains(.event("gran-grif-attack")))
    #expect(model.detailSubject == .event("gran-grif-attack"))
  }

  /// A subject the data no longer has (a contributor not there yet at an earlier date) gives
  /// way to what its panel has selected, so the detail never goes blank.
  @Test func aSubjectGoneGivesWayToItsPanelsSelection() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.today))
    let first = try #require(model.dataset.changeDays.first)
    let early = MissionState(dataset: model.dataset, asOf: first)
    let gone = try #require(
      model.state.contributors.first { status in !early.contributors.contains { $0.id == status.id }
      })
    model.open(.contributor(gone.id))
    _ = model.apply(.back)
    model.setAsOf(first)
    #expect(model.detailSubject != .contributor(gone.id))
    #expect(model.detailSubject == model.selectedItem(in: .pledges))
  }

  @Test func aNewSubjectOpensTheDetailAtItsTopAndMovesDoNot() throws {
    var model = try #require(Fixtures.model(.seed))
    _ = model.apply(.focus(.detail))
    _ = model.apply(.pageDown)
    let scrolled = model.cursor(.detail).scroll
    #expect(scrolled > 0)
    _ = model.apply(.focus(.pledges))
    _ = model.apply(.moveDown)
    #expect(model.cursor(.detail).scroll == scrolled, "a move is not a new subject")
    _ = model.apply(.openDetail)
    #expect(model.cursor(.detail).scroll == 0)
  }

  /// The cached layout follows the subject, the glyphs and the data.
  @Test func theDetailFollowsEveryChangeOfWhatItShows() throws {
    var model = try #require(
      Fixtures.model(.history, asOf: Fixtures.articleDay, width: 100, height: 30))
    let mission = try detailText(model)
    model.open(.contributor("KE"))
    _ = model.apply(.back)
    #expect(try detailText(model).contains("Kenya"))
    model.glyphs = .ascii
    let ascii = try detailText(model)
    #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII })
    _ = model.apply(.asOfToday)
    #expect(try detailText(model) != ascii, "the detail kept the figures of the old date")
    model.glyphs = .unicode
    model.open(.missionTotals)
    _ = model.apply(.back)
    model.setAsOf(Fixtures.articleDay)
    #expect(try detailText(model) == mission)
  }
}
