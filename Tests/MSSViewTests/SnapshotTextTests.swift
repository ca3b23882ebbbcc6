import MSSCore
import Testing

@testable import MSSView

@Suite struct SnapshotTextTests {
  @Test(arguments: [(80, 24), (100, 30), (40, 12)])
  func textIsTheGridLinesWithoutTrailingSpaces(width: Int, height: Int) throws {
    let model = SnapshotFixtures.model(
      try SnapshotFixtures.bundled(.seed), asOf: SnapshotFixtures.seedDay)
    let grid = SnapshotWriter.screen(model, width: width, height: height, panel: nil)
    let text = SnapshotWriter.render(
      model, format: .text, width: width, height: height, theme: DefaultThemes.dark)
    let expected = grid.lines.map { line in
      String(line.reversed().drop { $0 == " " }.reversed())
    }
    #expect(text == expected.joined(separator: "\n") + "\n")
    #expect(!text.contains("\u{1B}"))
  }

  @Test func aPanelIsRenderedZoomed() throws {
    let model = SnapshotFixtures.model(
      try SnapshotFixtures.bundled(.seed), asOf: SnapshotFixtures.seedDay)
    var zoomed = model
    zoomed.focus = .timeline
    zoomed.zoomed = true
    zoomed.kiosk = true
    let expected = TextSnapshot.render(Dashboard.render(zoomed, width: 100, height: 30))
    let text = SnapshotWriter.render(
      model, format: .text, width: 100, height: 30, panel: .timeline, theme: DefaultThemes.dark)
    #expect(text == expected)
  }

  @Test func aSnapshotHasNoKeyHintsOrSelectionBar() throws {
    let model = SnapshotFixtures.model(
      try SnapshotFixtures.bundled(.seed), asOf: SnapshotFixtures.seedDay)
    let text = SnapshotWriter.render(
      model, format: .text, width: 100, height: 30, theme: DefaultThemes.dark)
    let interactive = Dashboard.render(model, width: 100, height: 30).text
    #expect(interactive.contains("quit"))
    #expect(!text.contains("quit"))
    #expect(!text.contains(model.glyphs.selected))
  }

  @Test func trimsOnlyTrailingSpaces() {
    #expect(TextSnapshot.trimmingTrailingSpaces("  a b  ") == "  a b")
    #expect(TextSnapshot.trimmingTrailingSpaces("   ") == "")
  }

  /// Cutting the trailing spaces found in the bytes gives what removing " " Characters gives,
  /// including where the last space belongs to the Character before it (a prepended mark).
  @Test func trimmingByBytesAgreesWithCharacters() {
    func byCharacters(_ line: String) -> String {
      var line = line
      while line.last == " " { line.removeLast() }
      return line
    }
    let lines = [
      "", " ", "a  ", "日本  ", "e\u{301} ", "\u{600} ", "\u{600}  ", "x\u{200D} ", "🇫🇷 ",
      " \u{301}", "a\u{00A0} ", "─── │  ",
    ]
    for line in lines {
      #expect(TextSnapshot.trimmingTrailingSpaces(line) == byCharacters(line), "\(line)")
    }
  }

  /// A grid's lines are its cells' texts, wide characters once, clusters whole.
  @Test func linesSpellEveryKindOfCell() {
    var grid = Grid(width: 8, height: 2)
    grid.write("a日é", x: 0, y: 0, role: .text)
    grid.set(4, 0, Cell("e\u{301}"))
    grid.set(5, 0, Cell("🇫🇷"))
    grid.write("─", x: 7, y: 1, role: .border)
    #expect(grid.lines == ["a日ée\u{301}🇫🇷  ", "       ─"])
  }
}
