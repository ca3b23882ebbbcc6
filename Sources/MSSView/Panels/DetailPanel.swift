/// The citations of the detail panel's subject (pinned by Enter), scrolled as a document.
enum DetailPanel {
  /// The subject's document laid out for the panel's inside, built once per subject, width
  /// and data (see `DetailLinesCache`).
  static func lines(_ model: AppModel, inner: Rect) -> [StyledLine] {
    let width = inner.width - 2
    let key = DetailLinesCache.Key(subject: model.detailSubject, width: width, glyphs: model.glyphs)
    return model.resolved.detailLines.lines(for: key) {
      DetailDocument(item: model.detailSubject, model: model, width: width).lines
    }
  }

  static func geometry(_ model: AppModel, inner: Rect) -> ListGeometry {
    geometry(inner: inner, lines: lines(model, inner: inner).count)
  }

  private static func geometry(inner: Rect, lines: Int) -> ListGeometry {
    let area = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    return ListGeometry(
      area: area, totalRows: lines, rowOfItem: { _ in nil }, itemAt: { _, _ in nil })
  }

  static func draw(in grid: inout Grid, inner: Rect, model: AppModel) -> ListGeometry {
    let lines = lines(model, inner: inner)
    let geometry = geometry(inner: inner, lines: lines.count)
    let scroll = Viewport.clamp(
      model.cursor(.detail).scroll, visible: geometry.visibleRows, total: lines.count)
    for row in 0..<geometry.visibleRows where scroll + row < lines.count {
      lines[scroll + row].draw(
        in: &grid, x: geometry.area.x, y: geometry.area.y + row, clip: geometry.area)
    }
    return geometry
  }

  /// "4 Detail: Kenya": the title always names the subject, since it need not be the item
  /// selected in any panel.
  static func title(_ model: AppModel) -> String {
    let base = "\(PanelID.detail.rawValue) \(PanelID.detail.title)"
    guard let name = DetailDocument.subjectName(model.detailSubject, model: model) else {
      return base
    }
    return "\(base): \(name)"
  }
}
