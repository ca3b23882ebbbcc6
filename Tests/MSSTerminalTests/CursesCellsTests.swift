import CNcurses
import MSSView
import Testing

@testable import MSSTerminal

#if canImport(Glibc)
  import Glibc
#endif

/// The choice between curses cells and characters, and the cursor the cells path leaves.
@Suite struct CursesCellsTests {
  static func segment(_ start: Int, _ end: Int) -> RowPlan.Segment {
    RowPlan.Segment(start: start, end: end, look: 0, kind: .text)
  }

  @Test func runsWithoutWideCharactersGoAsCells() {
    var grid = Grid(width: 10, height: 1)
    grid.write("ab e\u{301}─海x", x: 0, y: 0, role: .text)
    // a b ␠ é ─ 海 (5, 6) x
    #expect(Terminal.isNarrow(grid, row: 0, segment: Self.segment(0, 5), columns: 10))
    #expect(!Terminal.isNarrow(grid, row: 0, segment: Self.segment(0, 6), columns: 10))
    #expect(!Terminal.isNarrow(grid, row: 0, segment: Self.segment(5, 7), columns: 10))
    #expect(!Terminal.isNarrow(grid, row: 0, segment: Self.segment(6, 8), columns: 10))
    #expect(Terminal.isNarrow(grid, row: 0, segment: Self.segment(7, 10), columns: 10))
    // A wide character whose right half is past the terminal's columns is drawn as one column.
    #expect(Terminal.isNarrow(grid, row: 0, segment: Self.segment(0, 6), columns: 6))
  }

  @Test func theCursorEndsWhereWaddnwstrLeavesIt() {
    #expect(Terminal.cursor(afterColumn: 5, y: 2, width: 80, height: 24) == (2, 5) as (Int, Int))
    #expect(Terminal.cursor(afterColumn: 80, y: 2, width: 80, height: 24) == (3, 0) as (Int, Int))
    #expect(
      Terminal.cursor(afterColumn: 80, y: 23, width: 80, height: 24) == (23, 79) as (Int, Int))
  }

  /// Cells reach the window in their own look, whatever attributes the window was left with
  /// (a run of characters drawn in a bold look just before): wadd_wchnstr renders each cell
  /// against them.
  @Test func cellsKeepTheirOwnLookWhateverTheWindowHolds() throws {
    guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else {
      Issue.record("no /dev/null")
      return
    }
    defer {
      fclose(output)
      fclose(input)
    }
    let screen = try #require(newterm("xterm", output, input), "xterm's terminfo entry")
    defer {
      endwin()
      delscreen(screen)
    }
    let window = try #require(newwin(1, 10, 0, 0))
    defer { delwin(window) }
    var pair: Int32 = 0
    wattr_set(window, mss_a_bold() | mss_a_underline(), 0, &pair)
    let look = CursesLook(attributes: mss_a_dim(), pair: 0, blankIsPlain: false)
    var letter = look.blank
    letter.chars.0 = 65
    Terminal.put([letter, look.blank], window: window, y: 0, x: 2)
    for x: Int32 in [2, 3] {
      var cell = cchar_t()
      #expect(wmove(window, 0, x) != ERR && win_wch(window, &cell) != ERR)
      var text = [wchar_t](repeating: 0, count: 8)
      var attributes: attr_t = 0
      var cellPair: Int16 = -1
      _ = getcchar(&cell, &text, &attributes, &cellPair, nil)
      #expect(text[0] == (x == 2 ? 65 : 32), "column \(x)")
      #expect(attributes == mss_a_dim() && cellPair == 0, "column \(x): \(attributes)")
    }
  }

  /// The one character of a one-scalar cell is what `append` gives for it.
  @Test func characterAgreesWithAppend() {
    let scalars: [Unicode.Scalar] = ["a", " ", "~", "\u{7F}", "\u{1B}", "é", "─", "海", "\u{301}"]
    for scalar in scalars {
      for ascii in [false, true] {
        let (character, covered) = CellText.character(
          scalar, width: 1, asciiOnly: ascii, columns: CellTextTests.columns)
        var buffer: [wchar_t] = []
        let appended = CellText.append(
          String(scalar), width: 1, asciiOnly: ascii, columns: CellTextTests.columns, to: &buffer)
        #expect(buffer == [character] && appended == covered, "\(scalar) \(ascii)")
      }
    }
  }
}
