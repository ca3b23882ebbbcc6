/// How one row of the grid is handed to curses: which look each cell is drawn in, and which
/// cells are left as werase's plain blanks. Pure, so the choices are tested without a terminal.
///
/// It exists for the bytes on the wire. Every change of look costs an SGR sequence (11 bytes
/// for a 256-colour foreground, twice that when bold goes on or off), and a blank on the
/// terminal's own background looks the same in any foreground colour or with bold. So a short
/// gap of such blanks is drawn in the look after it (or before it), and the row changes look
/// once instead of twice; a long gap, and blanks at either end of the row, stay plain so curses
/// skips them with one cursor move. Long runs of `─` in one look become a curses line, which
/// curses may send as line-drawing characters of one byte instead of three (see `Terminal.draw`).
struct RowPlan: Equatable {
  /// What a cell holds, as far as the plan cares.
  enum Content: Equatable {
    /// A space.
    case blank
    /// U+2500, a light horizontal line.
    case horizontalLine
    /// The right half of a wide character.
    case continuation
    case other
  }

  struct Cell: Equatable {
    var content: Content
    /// An index into the caller's table of looks.
    var look: Int
  }

  enum Kind: Equatable {
    /// The cells' characters, in order.
    case text
    /// A horizontal line of `end - start` cells, drawn with curses' own line character.
    case line
  }

  /// Cells `start..<end` in one look; cells in no segment are left as plain blanks.
  struct Segment: Equatable {
    var start: Int
    var end: Int
    var look: Int
    var kind: Kind
  }

  /// Gaps of blanks up to this long take a neighbour's look; longer ones are skipped by a cursor
  /// move, which costs about as much as this many blanks.
  static let longestBridgedGap = 8
  /// `─` runs from this long are drawn as a line. Each cell saves 2 bytes, but curses enters
  /// and leaves the line-drawing set with a whole `sgr` and the colour again: up to 34 bytes
  /// when the cells either side share the line's look.
  static let shortestLine = 18

  let segments: [Segment]

  /// `blankIsPlain(look)`: a blank in that look is indistinguishable from a plain one (the
  /// terminal's background, no underline or reverse). `lines`: curses can draw lines with the
  /// terminal's own line-drawing characters.
  init(_ cells: [Cell], blankIsPlain: (Int) -> Bool, lines: Bool) {
    let looks = Self.looks(cells, blankIsPlain: blankIsPlain)
    var segments: [Segment] = []
    var x = 0
    while x < cells.count {
      guard let look = looks[x] else {
        x += 1
        continue
      }
      var end = x + 1
      while end < cells.count, looks[end] == look { end += 1 }
      Self.split(cells, from: x, to: end, look: look, lines: lines, into: &segments)
      x = end
    }
    self.segments = segments
  }

  /// The look of each cell; nil leaves a plain blank.
  static func looks(_ cells: [Cell], blankIsPlain: (Int) -> Bool) -> [Int?] {
    var looks = [Int?](repeating: nil, count: cells.count)
    var previous: Int?
    var x = 0
    while x < cells.count {
      let cell = cells[x]
      if cell.content == .continuation {
        // The right half of a wide character belongs to its left half.
        looks[x] = previous
        x += 1
        continue
      }
      guard cell.content == .blank, blankIsPlain(cell.look) else {
        looks[x] = cell.look
        previous = cell.look
        x += 1
        continue
      }
      var end = x
      while end < cells.count, cells[end].content == .blank, blankIsPlain(cells[end].look) {
        end += 1
      }
      if let before = previous, end < cells.count, end - x <= longestBridgedGap {
        let after = cells[end]
        // Either neighbour's look costs one change of look. The next one keeps a word with the
        // blank before it (" help" stays one run of bytes); the one before, when the next cell
        // is a `─`: curses enters the line-drawing set with a whole `sgr` anyway.
        let bridge: Int? =
          if blankIsPlain(after.look), after.content != .continuation,
            after.content != .horizontalLine || !blankIsPlain(before)
          {
            after.look
          } else if blankIsPlain(before) {
            before
          } else {
            nil
          }
        for gap in x..<end { looks[gap] = bridge }
        if let bridge { previous = bridge }
      }
      x = end
    }
    return looks
  }

  /// Cells `start..<end`, all in `look`, as text segments with long `─` runs as lines.
  private static func split(
    _ cells: [Cell], from start: Int, to end: Int, look: Int, lines: Bool,
    into segments: inout [Segment]
  ) {
    var textStart = start
    var x = start
    while lines, x < end {
      guard cells[x].content == .horizontalLine else {
        x += 1
        continue
      }
      var lineEnd = x
      while lineEnd < end, cells[lineEnd].content == .horizontalLine { lineEnd += 1 }
      if lineEnd - x >= shortestLine {
        if textStart < x {
          segments.append(Segment(start: textStart, end: x, look: look, kind: .text))
        }
        segments.append(Segment(start: x, end: lineEnd, look: look, kind: .line))
        textStart = lineEnd
      }
      x = lineEnd
    }
    if textStart < end {
      segments.append(Segment(start: textStart, end: end, look: look, kind: .text))
    }
  }
}
