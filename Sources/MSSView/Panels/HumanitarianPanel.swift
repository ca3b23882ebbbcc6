import MSSCore

/// Humanitarian figures as tiles: the label, the value with its qualifier (and the other
/// sources' values where they disagree), the period it refers to and its source, and a
/// sparkline when there is a series.
enum HumanitarianPanel {
  /// Room for "30 Sep–6 Oct 2024 · Reuters" without cutting it.
  static let minimumTileWidth = 28

  static func columns(width: Int) -> Int { max(1, (width + 1) / (minimumTileWidth + 1)) }

  /// Lines per tile: three and a spacer line when every tile fits so, else three, else the
  /// two-line form; when they must scroll anyway, the two-line form shows the most.
  static func tileHeight(count: Int, columns: Int, height: Int) -> Int {
    let rows = (count + columns - 1) / max(1, columns)
    if rows * 4 - 1 <= height { return 4 }
    if rows * 3 <= height { return 3 }
    return min(2, max(1, height))
  }

  static func wantedHeight(_ model: AppModel, width: Int) -> Int {
    let columns = columns(width: width - 2)
    let rows = (model.state.metrics.count + columns - 1) / columns
    return 2 + max(1, rows * 3)
  }

  static func geometry(_ model: AppModel, inner: Rect) -> ListGeometry {
    let count = model.state.metrics.count
    let columns = columns(width: inner.width)
    let height = tileHeight(count: count, columns: columns, height: inner.height)
    let area = Rect(
      x: inner.x, y: inner.y, width: inner.width, height: inner.height + (height == 4 ? 1 : 0))
    return ListGeometry(
      area: area, rowHeight: height, columns: columns, totalRows: (count + columns - 1) / columns,
      rowOfItem: { $0 / columns },
      itemAt: { row, column in
        let index = row * columns + column
        return index < count ? index : nil
      })
  }

  static func draw(in grid: inout Grid, inner: Rect, model: AppModel, focused: Bool) -> ListGeometry
  {
    let geometry = geometry(model, inner: inner)
    let metrics = model.state.metrics
    let cursor = model.cursor(.humanitarian)
    let scroll = geometry.scroll(cursor.scroll, selected: cursor.selected)
    let gap = 1
    let tileWidth = (inner.width - gap * (geometry.columns - 1)) / geometry.columns
    for row in 0..<geometry.visibleRows {
      for column in 0..<geometry.columns {
        let index = (scroll + row) * geometry.columns + column
        guard index < metrics.count else { break }
        let x = inner.x + column * (tileWidth + gap)
        let width = column == geometry.columns - 1 ? inner.maxX - x : tileWidth
        let rect = Rect(
          x: x, y: inner.y + row * geometry.rowHeight, width: width,
          height: min(3, geometry.rowHeight))
        let tile = MetricTile(
          status: metrics[index], series: model.resolved.sparks.values(metrics[index].id),
          dataset: model.dataset, glyphs: model.glyphs,
          selected: !model.kiosk && cursor.selected == index, highlight: focused && !model.kiosk)
        tile.draw(in: &grid, rect.intersection(inner))
      }
    }
    if metrics.isEmpty, !inner.isEmpty {
      grid.write("  no figures known yet", x: inner.x, y: inner.y, role: .muted, clip: inner)
    }
    return geometry
  }
}
