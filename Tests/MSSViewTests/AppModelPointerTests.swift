import MSSCore
import Testing

@testable import MSSView

/// Mouse clicks and the wheel hit the panel and the row drawn under them.
@Suite struct AppModelPointerTests {
  @Test func clickFocusesAndSelectsTheRowUnderIt() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.today, width: 80, height: 24))
    let layout = ScreenLayout(model: model, width: 80, height: 24)
    let pledges = try #require(layout.panels[.pledges])
    let geometry = Panels.geometry(.pledges, model: model, rect: pledges)
    _ = model.apply(.focus(.timeline))
    _ = model.apply(.click(x: pledges.x + 3, y: geometry.area.y + 1))
    #expect(model.focus == .pledges)
    #expect(model.cursor(.pledges).selected == 2)
    let grid = Dashboard.render(model, width: 80, height: 24)
    #expect(grid[pledges.x + 1, geometry.area.y + 1].text == model.glyphs.selected)
  }

  @Test func clickOnTheMissionRowSelectsIt() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.today, width: 80, height: 24))
    _ = model.apply(.moveDown)
    let pledges = try #require(ScreenLayout(model: model, width: 80, height: 24).panels[.pledges])
    _ = model.apply(.click(x: pledges.x + 3, y: pledges.y + 2))
    #expect(model.selectedItem(in: .pledges) == .missionTotals)
  }

  /// A click selects; a second click on the selected row opens it in the detail panel, as
  /// Enter does. A click on an unfocused panel only focuses and selects.
  @Test func clickOnTheSelectedRowOpensIt() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.today, width: 80, height: 24))
    let layout = ScreenLayout(model: model, width: 80, height: 24)
    let timeline = try #require(layout.panels[.timeline])
    let geometry = Panels.geometry(.timeline, model: model, rect: timeline)
    let x = timeline.x + 3
    let y = geometry.area.y + 1
    _ = model.apply(.click(x: x, y: y))
    #expect(model.focus == .timeline)
    let clicked = try #require(model.selectedItem(in: .timeline))
    #expect(model.detailSubject == .missionTotals, "a first click only selects")
    _ = model.apply(.click(x: x, y: y))
    #expect(model.focus == .detail)
    #expect(model.detailSubject == clicked)
    _ = model.apply(.back)
    #expect(model.focus == .timeline)
    // The pledges panel's selected row, clicked while another panel has the focus.
    let pledges = try #require(layout.panels[.pledges])
    _ = model.apply(.click(x: pledges.x + 3, y: pledges.y + 2))
    #expect(model.focus == .pledges && model.detailSubject == clicked)
  }

  @Test func clickOnATabFocusesIt() throws {
    var model = try #require(Fixtures.model(.seed, width: 60, height: 20))
    let labels = TabBar.labels(width: 60, focus: .pledges)
    let timelineX = labels.prefix(2).reduce(0) { $0 + TextWidth.of($1.1) + 2 } + 1
    _ = model.apply(.click(x: timelineX, y: 1))
    #expect(model.focus == .timeline)
  }

  @Test func wheelMovesThePanelUnderThePointer() throws {
    var model = try #require(Fixtures.model(.history, asOf: Fixtures.today, width: 80, height: 24))
    let timeline = try #require(ScreenLayout(model: model, width: 80, height: 24).panels[.timeline])
    let before = model.cursor(.timeline).selected
    _ = model.apply(.scroll(x: timeline.x + 2, y: timeline.y + 2, lines: -3))
    #expect(model.cursor(.timeline).selected == before - 3)
    #expect(model.focus == .pledges, "the wheel does not steal focus")
  }

  @Test func clicksOutsideAnythingAreIgnored() throws {
    var model = try #require(Fixtures.model(.seed, width: 80, height: 24))
    _ = model.apply(.click(x: 500, y: 500))
    _ = model.apply(.click(x: -1, y: 0))
    #expect(model.focus == .pledges)
  }
}
