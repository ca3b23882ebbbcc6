/// The screen with SGR colour sequences: what `cat` shows in a terminal, for a login message or
/// a report. Each line starts from the terminal's defaults and is reset at its end, so a line
/// printed on its own never leaks its colour.
enum ANSISnapshot {
  static func render(_ grid: Grid, theme: Theme, depth: ColorDepth) -> String {
    var out = ""
    for y in 0..<grid.height {
      let styles = (0..<grid.width).map { depth.map(theme.style(grid[$0, y].role)) }
      let end = visibleEnd(grid, y: y, styles: styles)
      var current = Style()
      for x in 0..<end {
        let cell = grid[x, y]
        if cell.isContinuation { continue }
        out += SGR.transition(from: current, to: styles[x])
        current = styles[x]
        out += cell.text
      }
      if current != Style() { out += SGR.reset }
      out += "\n"
    }
    return out
  }

  /// One past the last cell that shows anything: trailing blanks are dropped unless their style
  /// paints them (a background, reverse or underline), like the header's coloured bar.
  static func visibleEnd(_ grid: Grid, y: Int, styles: [Style]) -> Int {
    var end = grid.width
    while end > 0 {
      let cell = grid[end - 1, y]
      let style = styles[end - 1]
      let blank = cell.text == " "
      let painted = style.background != .terminalDefault || style.reverse || style.underline
      if !blank || painted { break }
      end -= 1
    }
    return end
  }
}
