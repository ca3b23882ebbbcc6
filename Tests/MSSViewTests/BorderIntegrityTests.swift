import MSSCore
import Testing

@testable import MSSView

/// CJK, emoji, combining accents and escape sequences in a dataset never break a border or
/// shift a column.
@Suite struct BorderIntegrityTests {
  static let sizes = [(80, 24), (100, 30), (132, 43), (60, 20), (40, 12), (77, 21), (128, 28)]

  @Test func hostileDatasetLoads() throws {
    #expect(HostileDataset.problem == nil)
    let dataset = try #require(HostileDataset.load())
    #expect(dataset.contributors.count == 3)
  }

  @Test(arguments: sizes)
  func bordersStayIntact(_ width: Int, _ height: Int) throws {
    let dataset = try #require(HostileDataset.load())
    for panel in PanelID.allCases {
      var model = AppModel(dataset: dataset, asOf: Fixtures.articleDay, today: Fixtures.today)
      model.resize(width: width, height: height)
      _ = model.apply(.focus(panel))
      let grid = Dashboard.render(model, width: width, height: height)
      let layout = ScreenLayout(model: model, width: width, height: height)
      for (shown, rect) in layout.panels {
        expectFrame(grid, rect, glyphs: model.glyphs, "\(shown) at \(width)x\(height)")
      }
      expectClean(grid, "\(panel) focused at \(width)x\(height)")
    }
  }

  @Test(arguments: sizes)
  func asciiBordersStayIntact(_ width: Int, _ height: Int) throws {
    let dataset = try #require(HostileDataset.load())
    var model = AppModel(
      dataset: dataset, asOf: Fixtures.articleDay, today: Fixtures.today, glyphs: .ascii)
    model.resize(width: width, height: height)
    let grid = Dashboard.render(model, width: width, height: height)
    for (panel, rect) in ScreenLayout(model: model, width: width, height: height).panels {
      expectFrame(grid, rect, glyphs: .ascii, "\(panel) in ASCII at \(width)x\(height)")
    }
    expectClean(grid, "ASCII at \(width)x\(height)")
    #expect(grid.text.unicodeScalars.allSatisfy { $0.isASCII })
  }

  @Test func detailWithHostileQuotesKeepsItsFrame() throws {
    let dataset = try #require(HostileDataset.load())
    var model = AppModel(dataset: dataset, asOf: Fixtures.articleDay, today: Fixtures.today)
    model.resize(width: 80, height: 24)
    for item in [ItemID.contributor("JP"), .metric("m1"), .event("e1"), .missionTotals] {
      model.select(item)
      _ = model.apply(.openDetail)
      let grid = Dashboard.render(model, width: 80, height: 24)
      let layout = ScreenLayout(model: model, width: 80, height: 24)
      for (panel, rect) in layout.panels {
        expectFrame(grid, rect, glyphs: model.glyphs, "\(panel) for \(item)")
      }
      expectClean(grid, "detail of \(item)")
      _ = model.apply(.back)
    }
  }

  /// Every line is exactly as wide as the grid and no control character survives.
  func expectClean(_ grid: Grid, _ context: String) {
    for (index, line) in grid.lines.enumerated() {
      #expect(
        TextWidth.of(line) == grid.width,
        "line \(index) of \(context) is \(TextWidth.of(line)) wide")
      #expect(
        !line.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{202E}" },
        "control in \(context)")
    }
  }

  func expectFrame(_ grid: Grid, _ rect: Rect, glyphs: Glyphs, _ context: String) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    #expect(grid[rect.x, rect.y].text == glyphs.topLeft, "top-left of \(context)")
    #expect(grid[rect.maxX - 1, rect.y].text == glyphs.topRight, "top-right of \(context)")
    #expect(grid[rect.x, rect.maxY - 1].text == glyphs.bottomLeft, "bottom-left of \(context)")
    #expect(
      grid[rect.maxX - 1, rect.maxY - 1].text == glyphs.bottomRight, "bottom-right of \(context)")
    for y in (rect.y + 1)..<(rect.maxY - 1) {
      #expect(grid[rect.x, y].text == glyphs.vertical, "left edge of \(context) at row \(y)")
      #expect(
        grid[rect.maxX - 1, y].text == glyphs.vertical, "right edge of \(context) at row \(y)")
    }
  }
}
