/// The bottom line: key hints, or the filter being typed. Hints that do not fit are left off
/// from the end, so the most used keys stay.
enum FooterBar {
  static func draw(in grid: inout Grid, _ rect: Rect, model: AppModel) {
    guard !rect.isEmpty else { return }
    grid.fill(rect)
    if model.filter.editing {
      drawFilterPrompt(in: &grid, rect, model: model)
      return
    }
    let glyphs = model.glyphs
    var hints: [(key: String, label: String)] = [
      ("?", "help"), ("Tab", "focus"), ("\(glyphs.arrowUp)\(glyphs.arrowDown)", "move"),
      ("Enter", "cite"), ("[ ]", "date"), ("z", "zoom"), ("s", "sort"), ("/", "filter"),
      ("q", "quit"),
    ]
    if model.focus == .detail || model.zoomed { hints.insert(("Esc", "back"), at: 4) }
    var x = rect.x + 1
    for hint in hints {
      let width = TextWidth.of(hint.key) + 1 + TextWidth.of(hint.label) + 2
      if x + width - 2 > rect.maxX - 1 { break }
      x = grid.write(hint.key, x: x, y: rect.y, role: .accent, clip: rect)
      // Labels in plain text: the keys already stand out in the accent colour, and plain text
      // costs the terminal the shortest change of colour there is.
      x = grid.write(" " + hint.label, x: x, y: rect.y, role: .text, clip: rect) + 2
    }
  }

  private static func drawFilterPrompt(in grid: inout Grid, _ rect: Rect, model: AppModel) {
    let help = "  Enter keep  Esc cancel"
    var x = grid.write(" /", x: rect.x, y: rect.y, role: .accent, clip: rect)
    let room = rect.maxX - x - TextWidth.of(help) - 2
    // Show the end of a long filter: that is where the typing happens.
    var text = model.filter.text
    while TextWidth.of(text) > max(1, room), !text.isEmpty { text.removeFirst() }
    x = grid.write(text, x: x, y: rect.y, role: .text, clip: rect)
    x = grid.write("_", x: x, y: rect.y, role: .accent, clip: rect)
    grid.write(help, x: x, y: rect.y, role: .muted, clip: rect)
  }
}

/// The line above the footer for warnings such as a failed reload.
enum BannerBar {
  static func draw(in grid: inout Grid, _ rect: Rect, text: String, glyphs: Glyphs) {
    guard !rect.isEmpty else { return }
    grid.fill(rect, Cell(" ", role: .banner))
    grid.write(
      " \(glyphs.conflict) "
        + TextWidth.truncate(text, to: rect.width - 4, ellipsis: glyphs.ellipsis),
      x: rect.x, y: rect.y, role: .banner, clip: rect)
  }
}
