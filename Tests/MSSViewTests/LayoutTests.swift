import MSSCore
import Testing

@testable import MSSView

/// Which layout each size gets, and that the panels tile the body without overlap.
@Suite struct LayoutTests {
  @Test(arguments: [
    (80, 24, LayoutMode.twoColumns), (100, 30, .twoColumns), (132, 43, .threeColumns),
    (60, 20, .tabs),
    (40, 12, .tabs), (34, 10, .tabs), (33, 10, .tooSmall), (34, 9, .tooSmall), (30, 8, .tooSmall),
    (200, 24, .twoColumns), (76, 20, .twoColumns), (75, 40, .tabs), (128, 28, .threeColumns),
    (127, 43, .twoColumns),
  ])
  func modeForSize(_ width: Int, _ height: Int, _ mode: LayoutMode) {
    #expect(LayoutMode.of(width: width, height: height) == mode)
  }

  @Test(arguments: [(80, 24), (100, 30), (132, 43), (60, 20), (40, 12)])
  func panelsTileTheBody(_ width: Int, _ height: Int) throws {
    let model = try #require(Fixtures.model(.history, width: width, height: height))
    let layout = ScreenLayout(model: model, width: width, height: height)
    let area = layout.panels.values.reduce(0) { $0 + $1.width * $1.height }
    #expect(area == layout.body.width * layout.body.height)
    for (a, first) in layout.panels {
      for (b, second) in layout.panels where a != b {
        #expect(first.intersection(second).isEmpty, "\(a) overlaps \(b)")
      }
      #expect(first.intersection(layout.body) == first)
    }
  }

  @Test func tooSmallSaysWhatItNeeds() {
    let model = Fixtures.model()
    let grid = model.map { Dashboard.render($0, width: 60, height: 8) }
    #expect(grid?.text.contains("terminal too small: need 34×10, have 60×8") == true)
    let narrow = model.map { Dashboard.render($0, width: 20, height: 6) }
    #expect(narrow?.text.contains("have 20×6") == true)
  }

  @Test func kioskHasNoFooterAndShowsTheClock() throws {
    var model = try #require(Fixtures.model())
    model.kiosk = true
    model.clock = "14:05"
    let grid = Dashboard.render(model, width: 80, height: 24)
    #expect(ScreenLayout(model: model, width: 80, height: 24).footer == nil)
    #expect(grid.lines[0].hasSuffix("14:05 "))
    #expect(!grid.text.contains("? help"))
    #expect(!grid.cells.contains { $0.role == .selection }, "no selection bar on a kiosk")
    #expect(!grid.text.contains(model.glyphs.selected), "no cursor on a kiosk")
  }

  @Test func bannerSitsAboveTheFooter() throws {
    var model = try #require(Fixtures.model())
    model.banner = "reload failed: data.yaml:3:1: bad date; showing data from 10:04"
    let grid = Dashboard.render(model, width: 80, height: 24)
    #expect(grid.lines[22].contains("reload failed"))
    #expect(grid[0, 22].role == .banner)
  }

  @Test func splitHeightsGiveEachPanelItsMinimum() {
    let split = Split.heights(22, wants: 40, 40, minimum: 7)
    #expect(split.upper + split.lower == 22 && split.upper >= 7 && split.lower >= 7)
    let small = Split.heights(22, wants: 5, 40, minimum: 7)
    #expect(small.upper == 7)
    let tiny = Split.heights(9, wants: 40, 40, minimum: 7)
    #expect(tiny.upper + tiny.lower == 9)
  }
}
