import MSSCore
import Testing

@testable import MSSView

@Suite struct HeaderFooterTests {
  func header(_ model: AppModel, width: Int) -> String {
    var grid = Grid(width: width, height: 1)
    HeaderBar.draw(in: &grid, grid.bounds, model: model)
    return grid.lines[0]
  }

  @Test func headerKeepsTheAsOfDateToTheEnd() throws {
    var model = try #require(Fixtures.model(.seed))
    model.themeName = "amber"
    #expect(
      header(model, width: 200).contains("Multinational Security Support mission in Haiti (MSS)"))
    #expect(header(model, width: 200).contains("theme: amber"))
    #expect(header(model, width: 80).hasPrefix(" MSS \u{00B7} as of 11 Oct 2024"))
    #expect(header(model, width: 22).contains("as of 11 Oct 2024"))
  }

  @Test func todayIsSaid() throws {
    let model = try #require(Fixtures.model(.seed, asOf: Fixtures.today))
    #expect(header(model, width: 80).contains("as of 29 Nov 2026 (today)"))
  }

  @Test func footerHintsFitAndNameEveryMainKey() throws {
    let model = try #require(Fixtures.model(.seed))
    var grid = Grid(width: 100, height: 1)
    FooterBar.draw(in: &grid, grid.bounds, model: model)
    for hint in ["? help", "Tab focus", "Enter cite", "[ ] date", "q quit"] {
      #expect(grid.lines[0].contains(hint))
    }
    var narrow = Grid(width: 30, height: 1)
    FooterBar.draw(in: &narrow, narrow.bounds, model: model)
    #expect(narrow.lines[0].hasPrefix(" ? help  Tab focus"))
  }

  @Test func helpListsEveryKeyOfTheFrontEnd() {
    let text = HelpOverlay.lines(width: 76, glyphs: .unicode).map { $0.spans.map(\.text).joined() }
      .joined(separator: "\n")
    for key in [
      "Tab", "1 2 3 4", "j k", "PgUp", "g G", "Enter", "Esc", "[ ]", "0 ", "z ", "s ", "/ ", "r ",
      "? ", "q ", "Ctrl-L", "mouse",
    ] {
      #expect(text.contains(key), "help lacks \(key)")
    }
    #expect(text.contains("\u{2265} at least"))
  }
}
