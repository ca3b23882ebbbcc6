/// The citations of the selected item, scrolled as a document.
enum DetailPanel {
  static func document(_ model: AppModel, inner: Rect) -> DetailDocument {
    DetailDocument(item: model.detailSubject, model: model, width: inner.width - 2)
  }

  static func geometry(_ model: AppModel, inner: Rect) -> ListGeometry {
    geometry(inner: inner, lines: document(model, inner: inner).lines.count)
  }

  private static func geometry(inner: Rect, lines: Int) -> ListGeometry {
    let area = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    return ListGeometry(
      area: area, totalRows: lines, rowOfItem: { _ in nil }, itemAt: { _, _ in nil })
  }

  static func draw(in grid: inout Grid, inner: Rect, model: AppModel) -> ListGeometry {
    let lines = document(model, inner: inner).lines
    let geometry = geometry(inner: inner, lines: lines.count)
    let scroll = Viewport.clamp(
      model.cursor(.detail).scroll, visible: geometry.visibleRows, total: lines.count)
    for row in 0..<geometry.visibleRows where scroll + row < lines.count {
      lines[scroll + row].draw(
        in: &grid, x: geometry.area.x, y: geometry.area.y + row, clip: geometry.area)
    }
    return geometry
  }

  /// "4 Detail: Kenya".
  static func title(_ model: AppModel) -> String {
    let base = "\(PanelID.detail.rawValue) \(PanelID.detail.title)"
    guard let name = DetailDocument.subjectName(model.detailSubject, model: model) else {
      return base
    }
    return "\(base): \(name)"
  }
}
