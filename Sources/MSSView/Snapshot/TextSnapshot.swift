/// The screen as plain text: one line per row, trailing spaces trimmed so the file diffs and
/// pastes cleanly.
enum TextSnapshot {
  static func render(_ grid: Grid) -> String {
    grid.lines.map(trimmingTrailingSpaces).joined(separator: "\n") + "\n"
  }

  static func trimmingTrailingSpaces(_ line: String) -> String {
    // The trailing spaces found in the bytes and cut at once, when they end on a Character
    // boundary (they then are Characters of their own): removing Characters one by one from
    // the end cost more than drawing the grid. Otherwise, Character by Character.
    let bytes = line.utf8
    var end = bytes.endIndex
    while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 {
      end = bytes.index(before: end)
    }
    if end.samePosition(in: line) != nil { return String(line[..<end]) }
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }
}
