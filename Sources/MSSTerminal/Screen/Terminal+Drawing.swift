import CNcurses
import MSSView

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How curses draws one role.
struct CursesLook {
  var attributes: attr_t
  var pair: Int32
  var blankIsPlain: Bool
  /// A space in this look as a curses cell, which a run's cells start from (`putCells`).
  let blank: cchar_t

  init(attributes: attr_t, pair: Int32, blankIsPlain: Bool) {
    self.attributes = attributes
    self.pair = pair
    self.blankIsPlain = blankIsPlain
    var cell = cchar_t()
    var extendedPair = pair
    let space: [wchar_t] = [32, 0]
    _ = space.withUnsafeBufferPointer { text in
      setcchar(&cell, text.baseAddress, attributes, Int16(clamping: pair), &extendedPair)
    }
    blank = cell
  }
}

/// Copying grids to the screen.
extension Terminal {
  /// Colour pairs and attributes for every role of `theme`.
  func use(_ theme: Theme) {
    let palette = ColorPalette(theme: theme, capability: capability)
    for (index, pair) in palette.pairs.enumerated() {
      init_extended_pair(Int32(index + 1), pair.foreground, pair.background)
    }
    // Each role's look, then the look of its box-drawing characters at `index + roles`.
    let lookOf = { (look: ColorPalette.Look) in
      CursesLook(
        attributes: Self.cursesAttributes(look.attributes), pair: look.pair,
        blankIsPlain: palette.blankIsPlain(look))
    }
    looks =
      Role.allCases.map { lookOf(palette.look($0)) }
      + Role.allCases.map { lookOf(palette.lineLook($0)) }
    let lineAttributes = mss_acs_hline_attributes()
    // Only the terminal's own line drawing: without it ACS_HLINE is "-", worse than "─".
    lineCharacter =
      asciiOnly || !lineDrawing || lineAttributes & mss_a_altcharset() == 0
      ? nil : (wchar_t(mss_acs_hline_char()), lineAttributes)
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
  /// Each row goes in runs of one look (`RowPlan`), one curses call per run.
  func draw(_ grid: Grid, everything: Bool = false) {
    werase(window)
    let rows = min(grid.height, height)
    let columns = min(grid.width, width)
    let roleCount = Role.allCases.count
    let plain = CursesLook(attributes: mss_a_normal(), pair: 0, blankIsPlain: true)
    var cells: [RowPlan.Cell] = []
    cells.reserveCapacity(columns)
    var buffer: [wchar_t] = []
    buffer.reserveCapacity(columns * 2)
    var cursesCells: [cchar_t] = []
    cursesCells.reserveCapacity(columns)
    // Where the window's cursor would be had every run gone through waddnwstr; nil when it is.
    var cursor: (y: Int, x: Int)?
    for y in 0..<rows {
      let row = y * grid.width
      cells.removeAll(keepingCapacity: true)
      for x in 0..<columns {
        let content = grid.compactCells[row + x]
        let index = content.roleIndex
        let kind = CellKind.of(content)
        let look = kind.isBoxDrawing ? index + roleCount : index
        cells.append(RowPlan.Cell(content: kind.content, look: look))
      }
      let plan = RowPlan(
        cells, blankIsPlain: { [looks] in $0 < looks.count ? looks[$0].blankIsPlain : true },
        lines: lineCharacter != nil)
      for segment in plan.segments {
        let look = segment.look < looks.count ? looks[segment.look] : plain
        if segment.kind == .line, let lineCharacter {
          drawLine(y: y, segment: segment, look: look, character: lineCharacter)
          cursor = nil
        } else if Self.isNarrow(grid, row: row, segment: segment, columns: columns) {
          cursor = putCells(
            grid, row: row, y: y, segment: segment, look: look, into: &cursesCells,
            buffer: &buffer)
        } else {
          cursor = nil
          buffer.removeAll(keepingCapacity: true)
          fillText(grid, row: row, segment: segment, columns: columns, into: &buffer)
          var pair = look.pair
          wattr_set(window, look.attributes, Int16(clamping: pair), &pair)
          Self.put(buffer, window: window, y: y, x: segment.start)
        }
      }
    }
    if let cursor { wmove(window, Int32(cursor.y), Int32(cursor.x)) }
    var pair: Int32 = 0
    wattr_set(window, mss_a_normal(), 0, &pair)
    if everything { clearok(window, true) }
    wnoutrefresh(window)
    doupdate()
  }

  /// One run of characters at (x, y). Nonisolated: a closure written inside the main actor's
  /// `draw` checked the executor on every call.
  private nonisolated static func put(
    _ buffer: [wchar_t], window: UnsafeMutablePointer<WINDOW>, y: Int, x: Int
  ) {
    _ = buffer.withUnsafeBufferPointer { text in
      mvwaddnwstr(window, Int32(y), Int32(x), text.baseAddress, Int32(text.count))
    }
  }

  /// The characters of cells `segment.start..<segment.end`, each taking its planned columns.
  private func fillText(
    _ grid: Grid, row: Int, segment: RowPlan.Segment, columns: Int, into buffer: inout [wchar_t]
  ) {
    // Continuation columns the last wide character covers; one it did not cover (it became
    // "?" or ASCII) gets a blank, or the rest of the run would shift left.
    var owed = 0
    for x in segment.start..<segment.end {
      let content = grid.compactCells[row + x]
      if content.isContinuation {
        if owed > 0 {
          owed -= 1
        } else {
          buffer.append(32)
        }
        continue
      }
      let wide = x + 1 < columns && grid.compactCells[row + x + 1].isContinuation
      let width = wide ? 2 : 1
      let covered =
        if let scalar = content.scalar {
          CellText.append(
            scalar: scalar, width: width, asciiOnly: asciiOnly, columns: Self.columns, to: &buffer)
        } else {
          CellText.append(
            grid.text(of: content), width: width, asciiOnly: asciiOnly, columns: Self.columns,
            to: &buffer)
        }
      owed = covered - 1
    }
  }

  /// A run of `─` as one curses line of the terminal's line-drawing character; curses still
  /// sends "─" where the terminal's description says line drawing is unreliable in UTF-8 (U8,
  /// NCURSES_NO_UTF8_ACS, the Linux console, screen).
  private func drawLine(
    y: Int, segment: RowPlan.Segment, look: CursesLook,
    character: (character: wchar_t, attributes: attr_t)
  ) {
    var cell = cchar_t()
    var pair = look.pair
    let text: [wchar_t] = [character.character, 0]
    _ = text.withUnsafeBufferPointer { text in
      setcchar(
        &cell, text.baseAddress, look.attributes | character.attributes, Int16(clamping: pair),
        &pair)
    }
    var normal: Int32 = 0
    wattr_set(window, mss_a_normal(), 0, &normal)
    mvwhline_set(window, Int32(y), Int32(segment.start), &cell, Int32(segment.end - segment.start))
  }

  /// wcwidth, as curses will count the character.
  // Nonisolated: passed as a closure per cell, it would otherwise check the executor per call.
  nonisolated static func columns(_ scalar: Unicode.Scalar) -> Int {
    Int(mss_wcwidth(scalar.value))
  }

}
