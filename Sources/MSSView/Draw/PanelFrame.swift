/// A rounded box with a title and, when there is room, the as-of date on the top edge and a
/// scroll position on the bottom edge.
struct PanelFrame {
  var title: String
  /// Used instead of `title` when the full one would crowd out `info`.
  var shortTitle: String?
  /// Right end of the top edge: the panel's as-of date.
  var info: String?
  var focused: Bool

  /// Draws the frame and returns the rectangle inside it.
  @discardableResult
  func draw(in grid: inout Grid, _ rect: Rect, glyphs: Glyphs) -> Rect {
    guard rect.width >= 2, rect.height >= 2 else {
      return Rect(x: rect.x, y: rect.y, width: 0, height: 0)
    }
    let role: Role = focused ? .focusBorder : .border
    let inner = rect.inset(1)
    grid.fill(inner)
    let across = String(repeating: glyphs.horizontal, count: rect.width - 2)
    grid.write(
      glyphs.topLeft + across + glyphs.topRight, x: rect.x, y: rect.y, role: role, clip: rect)
    grid.write(
      glyphs.bottomLeft + across + glyphs.bottomRight, x: rect.x, y: rect.maxY - 1, role: role,
      clip: rect)
    for y in inner.y..<inner.maxY {
      grid.write(glyphs.vertical, x: rect.x, y: y, role: role, clip: rect)
      grid.write(glyphs.vertical, x: rect.maxX - 1, y: y, role: role, clip: rect)
    }
    drawEdgeText(in: &grid, rect, y: rect.y, left: title, right: info)
    return inner
  }

  /// Puts the scroll position ("3–9 of 14") at the right of the bottom edge.
  func drawPosition(in grid: inout Grid, _ rect: Rect, text: String) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    drawEdgeText(in: &grid, rect, y: rect.maxY - 1, left: nil, right: text)
  }

  /// Writes " left " after the corner and " right " before the other corner, dropping the right
  /// text when both do not fit and cutting the left one with an ellipsis.
  private func drawEdgeText(
    in grid: inout Grid, _ rect: Rect, y: Int, left: String?, right: String?
  ) {
    let room = rect.width - 4
    guard room > 2 else { return }
    let clip = Rect(x: rect.x + 1, y: y, width: rect.width - 2, height: 1)
    var left = left
    var rightText = right.map { " \($0) " }
    let fits = { (text: String?) in
      (text.map { TextWidth.of($0) + 2 } ?? 0) + TextWidth.of(rightText ?? "") + 1 <= room
    }
    if !fits(left), let shortTitle, y == rect.y, fits(shortTitle) { left = shortTitle }
    if !fits(left) { rightText = nil }
    if let left {
      let shown = TextWidth.truncate(left, to: room - 2)
      // An unfocused panel's title is plain text, not muted: it stays readable in every theme
      // (a name to press a number for), and where a theme draws borders in the terminal's own
      // colour the whole edge goes out in one colour.
      grid.write(" \(shown) ", x: rect.x + 2, y: y, role: focused ? .title : .text, clip: clip)
    }
    if let text = rightText {
      let x = rect.maxX - 2 - TextWidth.of(text)
      grid.write(text, x: x, y: y, role: .muted, clip: clip)
    }
  }
}
