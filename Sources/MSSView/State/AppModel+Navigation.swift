/// Moving the selection and the scroll position inside a panel.
extension AppModel {
  /// The geometry `panel` has on the current screen (or would have if it were shown).
  func geometry(_ panel: PanelID) -> ListGeometry {
    let layout = ScreenLayout(model: self, width: width, height: height)
    let rect = layout.panels[panel] ?? layout.body
    return Panels.geometry(panel, model: self, rect: rect)
  }

  mutating func setSelection(_ panel: PanelID, _ index: Int) {
    let count = items(in: panel).count
    var cursor = cursor(panel)
    cursor.selected = count == 0 ? 0 : min(max(0, index), count - 1)
    cursors[panel] = cursor
    keepSelectionVisible(panel)
  }

  mutating func keepSelectionVisible(_ panel: PanelID) {
    var cursor = cursor(panel)
    let geometry = geometry(panel)
    cursor.scroll = geometry.scroll(cursor.scroll, selected: cursor.selected)
    cursors[panel] = cursor
  }

  /// Moves the selection by `delta` items; in the detail panel, scrolls by `delta` lines.
  mutating func move(_ panel: PanelID, by delta: Int) {
    if panel == .detail {
      scrollDetail(to: cursor(.detail).scroll + delta)
    } else {
      setSelection(panel, cursor(panel).selected + delta)
    }
  }

  mutating func page(_ panel: PanelID, _ direction: Int) {
    let geometry = geometry(panel)
    let step = max(1, geometry.visibleRows - 1) * (panel == .detail ? 1 : geometry.columns)
    move(panel, by: step * direction)
  }

  mutating func jump(_ panel: PanelID, toEnd: Bool) {
    if panel == .detail {
      scrollDetail(to: toEnd ? Int.max / 2 : 0)
    } else {
      setSelection(panel, toEnd ? items(in: panel).count - 1 : 0)
    }
  }

  mutating func scrollDetail(to line: Int) {
    let geometry = geometry(.detail)
    cursors[.detail] = ListCursor(
      selected: 0,
      scroll: Viewport.clamp(line, visible: geometry.visibleRows, total: geometry.totalRows))
  }
}
