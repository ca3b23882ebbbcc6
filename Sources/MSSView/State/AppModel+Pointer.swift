/// Mouse clicks and the wheel, hit-tested against the layout of the last `resize`.
extension AppModel {
  mutating func click(x: Int, y: Int) {
    let layout = ScreenLayout(model: self, width: width, height: height)
    if let tab = layout.tab(atX: x, y: y) {
      focus = tab
      return
    }
    guard let panel = layout.panel(atX: x, y: y) else { return }
    let wasFocused = focus == panel
    focus = panel
    guard panel != .detail else { return }
    let geometry = geometry(panel)
    let current = cursor(panel)
    let scroll = geometry.scroll(current.scroll, selected: current.selected)
    guard let index = geometry.item(atX: x, y: y, scroll: scroll), index < items(in: panel).count
    else { return }
    // A second click on the selected row of the focused panel opens it, like a double-click
    // (terminals report no double-clicks of their own).
    if wasFocused, index == current.selected {
      openDetail()
    } else {
      setSelection(panel, index)
    }
  }

  mutating func wheel(x: Int, y: Int, lines: Int) {
    let layout = ScreenLayout(model: self, width: width, height: height)
    let panel = layout.panel(atX: x, y: y) ?? focus
    move(panel, by: lines)
  }
}
