import MSSCore
import Testing

@testable import MSSView

/// Focus, zoom, help and the detail panel, driven through `apply` as the front end does.
@Suite struct AppModelFocusTests {
  @Test func tabCyclesThroughEveryPanelBothWays() throws {
    var model = try #require(Fixtures.model())
    var seen: [PanelID] = []
    for _ in 0..<4 {
      _ = model.apply(.focusNext)
      seen.append(model.focus)
    }
    #expect(seen == [.humanitarian, .timeline, .detail, .pledges])
    _ = model.apply(.focusPrevious)
    #expect(model.focus == .detail)
  }

  @Test func numberKeysFocusDirectly() throws {
    var model = try #require(Fixtures.model())
    _ = model.apply(.focus(.timeline))
    #expect(model.focus == .timeline)
    _ = model.apply(.focus(.detail))
    #expect(model.focus == .detail)
    #expect(model.detailSubject == .missionTotals, "focus alone does not change the subject")
  }

  @Test func enterOpensDetailOnTheSelectionAndEscReturns() throws {
    var model = try #require(Fixtures.model())
    _ = model.apply(.moveDown)
    _ = model.apply(.openDetail)
    #expect(model.focus == .detail)
    #expect(model.detailSubject == .contributor("KE"))
    _ = model.apply(.back)
    #expect(model.focus == .pledges)
  }

  @Test func backClosesZoomThenNothing() throws {
    var model = try #require(Fixtures.model())
    _ = model.apply(.toggleZoom)
    #expect(model.zoomed)
    _ = model.apply(.back)
    #expect(!model.zoomed)
    #expect(model.apply(.back) == .none)
  }

  @Test func helpSwallowsKeysUntilClosed() throws {
    var model = try #require(Fixtures.model())
    _ = model.apply(.toggleHelp)
    _ = model.apply(.focusNext)
    #expect(model.showHelp && model.focus == .pledges)
    _ = model.apply(.back)
    #expect(!model.showHelp)
    _ = model.apply(.toggleHelp)
    #expect(model.apply(.quit) == .quit, "quit works even over help")
  }

  @Test func helpScrollsOnASmallScreen() throws {
    var model = try #require(Fixtures.model(.seed, width: 40, height: 12))
    _ = model.apply(.toggleHelp)
    let first = Dashboard.render(model, width: 40, height: 12).text
    _ = model.apply(.pageDown)
    #expect(model.helpScroll > 0)
    #expect(Dashboard.render(model, width: 40, height: 12).text != first)
    for _ in 0..<100 { _ = model.apply(.moveDown) }
    let body = ScreenLayout(model: model, width: 40, height: 12).body
    #expect(model.helpScroll == HelpOverlay.maximumScroll(body: body, glyphs: model.glyphs))
    _ = model.apply(.toggleHelp)
    #expect(model.helpScroll == 0)
  }

  @Test func effectsForTheFrontEnd() throws {
    var model = try #require(Fixtures.model())
    #expect(model.apply(.quit) == .quit)
    #expect(model.apply(.reload) == .reload)
    #expect(model.apply(.redraw) == .redrawAll)
    #expect(model.apply(.cycleTheme) == .cycleTheme)
    #expect(model.apply(.moveDown) == .none)
  }

  @Test func zoomShowsOnlyTheFocusedPanel() throws {
    var model = try #require(Fixtures.model())
    _ = model.apply(.focus(.humanitarian))
    _ = model.apply(.toggleZoom)
    let layout = ScreenLayout(model: model, width: 80, height: 24)
    #expect(Array(layout.panels.keys) == [.humanitarian])
  }
}
