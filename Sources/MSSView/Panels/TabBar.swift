/// The tab strip of the narrow layout: one tab per panel, the focused one highlighted; names
/// shorten to their numbers when the line is too short for all of them.
enum TabBar {
  static func draw(in grid: inout Grid, _ rect: Rect, model: AppModel) {
    guard !rect.isEmpty else { return }
    grid.fill(rect)
    let labels = self.labels(width: rect.width, focus: model.focus)
    var x = rect.x
    for (panel, label) in labels {
      let focused = panel == model.focus
      x = grid.write(" \(label) ", x: x, y: rect.y, role: focused ? .selection : .muted, clip: rect)
    }
  }

  /// Each tab's label, from the longest set that fits.
  static func labels(width: Int, focus: PanelID) -> [(PanelID, String)] {
    let styles: [(PanelID) -> String] = [
      { "\($0.rawValue) \($0.shortTitle)" },
      {
        $0 == focus
          ? "\($0.rawValue) \($0.shortTitle)" : "\($0.rawValue) \($0.shortTitle.prefix(3))"
      },
      { $0 == focus ? "\($0.rawValue) \($0.shortTitle)" : "\($0.rawValue)" },
    ]
    for style in styles {
      let labels = PanelID.allCases.map { ($0, style($0)) }
      if labels.reduce(0, { $0 + TextWidth.of($1.1) + 2 }) <= width { return labels }
    }
    return PanelID.allCases.map { ($0, "\($0.rawValue)") }
  }

  /// The tab under column `x`, using the same labels as `draw` at the last known width.
  static func tab(atX x: Int, width: Int = Int.max, focus: PanelID = .pledges) -> PanelID? {
    var start = 0
    for (panel, label) in labels(width: width, focus: focus) {
      let end = start + TextWidth.of(label) + 2
      if x >= start, x < end { return panel }
      start = end
    }
    return nil
  }
}
