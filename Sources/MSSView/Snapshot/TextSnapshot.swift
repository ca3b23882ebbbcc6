/// The screen as plain text: one line per row, trailing spaces trimmed so the file diffs and
/// pastes cleanly.
enum TextSnapshot {
  static func render(_ grid: Grid) -> String {
    grid.lines.map(trimmingTrailingSpaces).joined(separator: "\n") + "\n"
  }

  static func trimmingTrailingSpaces(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }
}
