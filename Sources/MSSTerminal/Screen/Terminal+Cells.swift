import CNcurses
import MSSView

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs of one-column cells handed to curses as curses cells (`wadd_wchnstr`), which it copies
/// with one wcwidth each: `waddnwstr` measures every character twice with wcwidth, asks iswprint
/// and renders it, per character of every frame. The window ends up with the same cells, so
/// ncurses sends the same bytes, as long as the window's own attributes are plain (`put`).
extension Terminal {
  /// Whether cells `segment.start..<segment.end` can go as curses cells: none is wide or the
  /// right half of a wide one (those stay with `waddnwstr`, which marks both halves).
  nonisolated static func isNarrow(
    _ grid: Grid, row: Int, segment: RowPlan.Segment, columns: Int
  ) -> Bool {
    for x in segment.start..<segment.end where grid.compactCells[row + x].isContinuation {
      return false
    }
    return segment.end >= columns || !grid.compactCells[row + segment.end].isContinuation
  }

  /// Puts cells `segment.start..<segment.end` of row `y` in `look`, and returns where
  /// `waddnwstr` would have left the cursor: doupdate ends by moving the terminal's cursor to
  /// the window's, so that position is part of the bytes.
  func putCells(
    _ grid: Grid, row: Int, y: Int, segment: RowPlan.Segment, look: CursesLook,
    into cells: inout [cchar_t], buffer: inout [wchar_t]
  ) -> (y: Int, x: Int) {
    cells.removeAll(keepingCapacity: true)
    for x in segment.start..<segment.end {
      let content = grid.compactCells[row + x]
      var cell = look.blank
      if let scalar = content.scalar {
        cell.chars.0 =
          CellText.character(scalar, width: 1, asciiOnly: asciiOnly, columns: Self.columns)
          .character
      } else {
        buffer.removeAll(keepingCapacity: true)
        _ = CellText.append(
          grid.text(of: content), width: 1, asciiOnly: asciiOnly, columns: Self.columns,
          to: &buffer)
        withUnsafeMutableBytes(of: &cell.chars) { raw in
          let chars = raw.bindMemory(to: wchar_t.self)
          for (index, character) in buffer.prefix(chars.count).enumerated() {
            chars[index] = character
          }
        }
      }
      cells.append(cell)
    }
    Self.put(cells, window: window, y: y, x: segment.start)
    return Self.cursor(afterColumn: segment.end, y: y, width: width, height: height)
  }

  /// Where waddnwstr leaves the cursor after writing up to `column` (exclusive) of row `y`: it
  /// wraps past the last column, except on the last row, where it stays on the last column.
  nonisolated static func cursor(afterColumn column: Int, y: Int, width: Int, height: Int) -> (
    y: Int, x: Int
  ) {
    if column < width { return (y, column) }
    return y + 1 < height ? (y + 1, 0) : (y, width - 1)
  }

  /// Nonisolated, as `put` of characters: see there.
  nonisolated static func put(
    _ cells: [cchar_t], window: UnsafeMutablePointer<WINDOW>, y: Int, x: Int
  ) {
    // wadd_wchnstr renders every cell against the window's attributes (ncurses' _nc_render ORs
    // them in, and lends its pair to a cell of pair 0), and a run of characters before this one
    // left its look's there: a bold warning made every later run of the row bold.
    var pair: Int32 = 0
    wattr_set(window, mss_a_normal(), 0, &pair)
    guard wmove(window, Int32(y), Int32(x)) != ERR else { return }
    _ = cells.withUnsafeBufferPointer { cells in
      wadd_wchnstr(window, cells.baseAddress, Int32(cells.count))
    }
  }
}
