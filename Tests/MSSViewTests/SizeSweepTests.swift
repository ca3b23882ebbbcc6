import MSSCore
import Testing

@testable import MSSView

/// No size crashes or draws outside the grid: every line of every frame is exactly the grid's
/// width, from 1×1 up, in every layout, with help, zoom and the hostile dataset.
@Suite struct SizeSweepTests {
  static let heights = [1, 2, 3, 5, 8, 9, 10, 11, 12, 15, 19, 20, 21, 24, 27, 28, 30, 43, 60]

  @Test(arguments: [BundledDataset.history, .seed])
  func sweep(_ bundled: BundledDataset) throws {
    let base = try #require(Fixtures.model(bundled, asOf: Fixtures.articleDay))
    for height in Self.heights {
      for width in 1...200 {
        var model = base
        model.resize(width: width, height: height)
        let grid = Dashboard.render(model, width: width, height: height)
        try expectExact(grid, width, height)
      }
    }
  }

  @Test func everyFocusHelpAndZoom() throws {
    let dataset = try #require(HostileDataset.load())
    for (width, height) in [
      (1, 1), (33, 9), (34, 10), (50, 15), (76, 20), (127, 40), (128, 28), (400, 200),
    ] {
      for panel in PanelID.allCases {
        for (actions, glyphs) in [
          ([], Glyphs.unicode), ([Action.toggleZoom], .unicode), ([.toggleHelp], .unicode),
          ([.openDetail, .pageDown, .bottom], .unicode), ([], .ascii), ([.toggleHelp], .ascii),
        ] {
          var model = AppModel(
            dataset: dataset, asOf: Fixtures.articleDay, today: Fixtures.today, glyphs: glyphs)
          model.resize(width: width, height: height)
          _ = model.apply(.focus(panel))
          for action in actions { _ = model.apply(action) }
          try expectExact(Dashboard.render(model, width: width, height: height), width, height)
        }
      }
    }
  }

  @Test func zeroAndNegativeSizesGiveEmptyGrids() {
    guard let model = Fixtures.model() else { return }
    for (width, height) in [(0, 0), (-5, 10), (10, -1), (0, 24)] {
      let grid = Dashboard.render(model, width: width, height: height)
      #expect(grid.cells.count == max(0, width) * max(0, height))
    }
  }

  private func expectExact(_ grid: Grid, _ width: Int, _ height: Int) throws {
    #expect(grid.width == width && grid.height == height)
    try #require(grid.lines.count == height)
    for line in grid.lines {
      try #require(
        TextWidth.of(line) == width, "a line at \(width)x\(height) is \(TextWidth.of(line)) wide")
    }
  }
}
