/// Where a panel draws its list, shared by the renderer and by the model (paging, keeping the
/// selection visible, mouse hits), so what is drawn and what a click selects always agree.
struct ListGeometry {
  /// The scrolling part of the list on screen.
  var area: Rect
  /// Screen lines per list row (tiles take several).
  var rowHeight = 1
  /// Items side by side in one row (tiles).
  var columns = 1
  /// Rows in the whole list, separators included.
  var totalRows: Int
  /// Items drawn outside the scrolling area, with their screen line.
  var fixed: [(item: Int, y: Int)] = []
  /// The list row of an item; nil for a fixed one.
  var rowOfItem: (Int) -> Int? = { $0 }
  /// The item at a row and column; nil for separators and past the end.
  var itemAt: (_ row: Int, _ column: Int) -> Int? = { row, _ in row }

  var visibleRows: Int { max(0, area.height / max(1, rowHeight)) }

  /// The first row to draw so that `selected` shows, starting from a remembered position.
  func scroll(_ remembered: Int, selected: Int) -> Int {
    guard let row = rowOfItem(selected) else {
      return Viewport.clamp(remembered, visible: visibleRows, total: totalRows)
    }
    return Viewport.scroll(remembered, showing: row, visible: visibleRows, total: totalRows)
  }

  func item(atX x: Int, y: Int, scroll: Int) -> Int? {
    if let hit = fixed.first(where: { $0.y == y }) { return hit.item }
    guard area.contains(x: x, y: y) else { return nil }
    let row = scroll + (y - area.y) / max(1, rowHeight)
    let column = columns > 1 ? (x - area.x) * columns / max(1, area.width) : 0
    return itemAt(row, column)
  }

  /// "3–9 of 14" for the frame, or nil when everything fits.
  func position(scroll: Int, dash: String) -> String? {
    guard totalRows > visibleRows, visibleRows > 0 else { return nil }
    let last = min(totalRows, scroll + visibleRows)
    return "\(scroll + 1)\(dash)\(last) of \(totalRows)"
  }
}
