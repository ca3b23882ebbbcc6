import CNcurses
import MSSView

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Copying grids to the screen.
extension Terminal {
  /// Colour pairs and attributes for every role of `theme`.
  func use(_ theme: Theme) {
    let palette = ColorPalette(theme: theme, capability: capability)
    for (index, pair) in palette.pairs.enumerated() {
      init_extended_pair(Int32(index + 1), pair.foreground, pair.background)
    }
    looks = palette.looks.mapValues { look in (Self.cursesAttributes(look.attributes), look.pair) }
  }

  static func cursesAttributes(_ attributes: ColorPalette.Attributes) -> attr_t {
    var result = mss_a_normal()
    if attributes.contains(.bold) { result |= mss_a_bold() }
    if attributes.contains(.dim) { result |= mss_a_dim() }
    if attributes.contains(.underline) { result |= mss_a_underline() }
    if attributes.contains(.reverse) { result |= mss_a_reverse() }
    return result
  }

  /// Copies `grid` to the screen. werase + one doupdate: ncurses compares with what the
  /// screen shows and writes only the cells that changed. `everything` repaints it all (Ctrl-L).
  func draw(_ grid: Grid, everything: Bool = false) {
    werase(window)
    let rows = min(grid.height, height)
    let columns = min(grid.width, width)
    var cell = cchar_t()
    for y in 0..<rows {
      let row = y * grid.width
      for x in 0..<columns {
        let content = grid.cells[row + x]
        if content.isContinuation { continue }
        let look = looks[content.role] ?? (mss_a_normal(), 0)
        // werase already left a plain blank here.
        if content.text == " ", look.pair == 0, look.attributes == mss_a_normal() { continue }
        let wide = x + 1 < columns && grid.cells[row + x + 1].isContinuation
        let characters = CellText.characters(
          content.text, width: wide ? 2 : 1, asciiOnly: asciiOnly, columns: Self.columns)
        var pair = look.pair
        _ = characters.withUnsafeBufferPointer { text in
          setcchar(&cell, text.baseAddress, look.attributes, Int16(clamping: pair), &pair)
        }
        mvwadd_wch(window, Int32(y), Int32(x), &cell)
      }
    }
    if everything { clearok(window, true) }
    wnoutrefresh(window)
    doupdate()
  }

  /// wcwidth, as curses will count the character.
  static func columns(_ scalar: Unicode.Scalar) -> Int {
    Int(mss_wcwidth(scalar.value))
  }

}
