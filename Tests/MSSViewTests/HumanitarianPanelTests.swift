import MSSCore
import Testing

@testable import MSSView

@Suite struct HumanitarianPanelTests {
  func render(_ model: AppModel, _ width: Int, _ height: Int) -> String {
    var grid = Grid(width: width, height: height)
    Panels.draw(.humanitarian, in: &grid, grid.bounds, model: model)
    return grid.text
  }

  @Test func tilesShowValuePeriodAndSource() throws {
    let model = try #require(Fixtures.model(.seed))
    let text = render(model, 60, 24)
    #expect(text.contains("People displaced"))
    #expect(text.contains(">700,000"))
    #expect(text.contains("30 Sep\u{2013}6 Oct 2024 \u{00B7} Reuters"))
  }

  @Test func conflictShowsBothValuesAndBothSources() throws {
    let model = try #require(Fixtures.model(.history, asOf: Fixtures.today))
    let text = render(model, 60, 40)
    #expect(text.contains("\u{2265}115 \u{26A0} \u{2265}70 OHCHR"), "three-line tiles: value line")
    let short = render(model, 40, 12)
    #expect(short.contains("\u{2265}115 \u{26A0} \u{2265}70"), "two-line tiles: both values")
    #expect(short.contains("Reuters vs OHCHR"), "two-line tiles: both sources")
  }

  @Test func seriesGetASparkline() throws {
    let model = try #require(Fixtures.model(.history, asOf: Fixtures.today))
    let text = render(model, 60, 40)
    let sparks = Set(Glyphs.unicode.sparks.joined())
    #expect(text.contains { sparks.contains($0) })
  }

  @Test func tilesTakeTwoColumnsWhenWide() {
    #expect(HumanitarianPanel.columns(width: 40) == 1)
    #expect(HumanitarianPanel.columns(width: 60) == 2)
  }

  @Test func sparklineScalesFromZero() {
    #expect(
      Sparkline.text([1, 2, 4, 8], width: 10, glyphs: .unicode)
        == "\u{2582}\u{2583}\u{2585}\u{2588}")
    #expect(Sparkline.text([5], width: 10, glyphs: .unicode).isEmpty, "one point is not a series")
    #expect(Sparkline.text([1, 2, 3], width: 2, glyphs: .unicode).count == 2)
  }
}
