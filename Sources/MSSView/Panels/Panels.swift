/// Dispatches to the four panels: their wanted heights, geometries and framed drawing.
enum Panels {
  static func wantedHeight(_ panel: PanelID, model: AppModel, width: Int) -> Int {
    switch panel {
    case .pledges: return PledgesPanel.wantedHeight(model)
    case .humanitarian: return HumanitarianPanel.wantedHeight(model, width: width)
    case .timeline: return TimelinePanel.wantedHeight(model)
    case .detail: return Int.max / 4  // as much as it can get: quotes and the article
    }
  }

  /// The geometry inside the frame of `rect`.
  static func geometry(_ panel: PanelID, model: AppModel, rect: Rect) -> ListGeometry {
    let inner = rect.inset(1)
    switch panel {
    case .pledges: return PledgesPanel.geometry(model, inner: inner)
    case .humanitarian: return HumanitarianPanel.geometry(model, inner: inner)
    case .timeline: return TimelinePanel.geometry(model, inner: inner)
    case .detail: return DetailPanel.geometry(model, inner: inner)
    }
  }

  /// Draws `panel` framed in `rect`: title and as-of date on top, scroll position below.
  static func draw(_ panel: PanelID, in grid: inout Grid, _ rect: Rect, model: AppModel) {
    let focused = model.focus == panel
    let frame = PanelFrame(
      title: title(panel, model: model), shortTitle: shortTitle(panel, model: model),
      info: "as of \(model.asOf.display)", focused: focused)
    let inner = frame.draw(in: &grid, rect, glyphs: model.glyphs)
    guard !inner.isEmpty else { return }
    let geometry: ListGeometry
    switch panel {
    case .pledges:
      geometry = PledgesPanel.draw(in: &grid, inner: inner, model: model, focused: focused)
    case .humanitarian:
      geometry = HumanitarianPanel.draw(in: &grid, inner: inner, model: model, focused: focused)
    case .timeline:
      geometry = TimelinePanel.draw(in: &grid, inner: inner, model: model, focused: focused)
    case .detail: geometry = DetailPanel.draw(in: &grid, inner: inner, model: model)
    }
    let cursor = model.cursor(panel)
    let scroll =
      panel == .detail
      ? Viewport.clamp(cursor.scroll, visible: geometry.visibleRows, total: geometry.totalRows)
      : geometry.scroll(cursor.scroll, selected: cursor.selected)
    if let position = geometry.position(scroll: scroll, dash: model.glyphs.dash) {
      frame.drawPosition(in: &grid, rect, text: position)
    }
  }

  static func shortTitle(_ panel: PanelID, model: AppModel) -> String {
    switch panel {
    case .timeline where model.filter.isActive: return "\(panel.rawValue) /\(model.filter.text)"
    case .detail:
      let name = DetailDocument.subjectName(model.detailSubject, model: model) ?? panel.shortTitle
      return "\(panel.rawValue) \(name)"
    default: return "\(panel.rawValue) \(panel.shortTitle)"
    }
  }

  static func title(_ panel: PanelID, model: AppModel) -> String {
    switch panel {
    case .timeline where model.filter.isActive:
      return "\(panel.rawValue) \(panel.title) /\(model.filter.text)"
    case .detail: return DetailPanel.title(model)
    default: return "\(panel.rawValue) \(panel.title)"
    }
  }
}
