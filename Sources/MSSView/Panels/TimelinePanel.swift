import MSSCore

/// Events by date at the precision the source gave, a marker line at the as-of date, and the
/// events still to come below it in a muted shade.
enum TimelinePanel {
  /// The date column fits "30 Sep 2024"; a longer range in a narrow panel pushes its title
  /// along rather than being cut, since a cut date would be a wrong date.
  static func dateColumn(width: Int) -> Int { width >= 60 ? 17 : width >= 34 ? 13 : 11 }

  static func wantedHeight(_ model: AppModel) -> Int { 2 + max(1, model.timelineEvents.count + 1) }

  static func geometry(_ model: AppModel, inner: Rect) -> ListGeometry {
    let past = model.timelinePastCount
    let count = model.timelineEvents.count
    return ListGeometry(
      area: inner, totalRows: count + 1,
      rowOfItem: { $0 < past ? $0 : $0 + 1 },
      itemAt: { row, _ in
        if row < past { return row }
        return row > past && row <= count ? row - 1 : nil
      })
  }

  static func draw(in grid: inout Grid, inner: Rect, model: AppModel, focused: Bool) -> ListGeometry
  {
    let geometry = geometry(model, inner: inner)
    let events = model.timelineEvents
    let past = model.timelinePastCount
    let glyphs = model.glyphs
    let cursor = model.cursor(.timeline)
    let scroll = geometry.scroll(cursor.scroll, selected: cursor.selected)
    let visible = (0..<geometry.visibleRows).map { scroll + $0 }.filter { $0 < geometry.totalRows }
    let dates: [Int: String] = Dictionary(
      uniqueKeysWithValues: visible.compactMap { row in
        geometry.itemAt(row, 0).map { (row, events[$0].date.display(ascii: glyphs.ascii)) }
      })
    let dateWidth = min(
      dateColumn(width: inner.width), dates.values.reduce(4) { max($0, TextWidth.of($1)) })
    for (line, row) in visible.enumerated() {
      let y = inner.y + line
      guard let index = geometry.itemAt(row, 0), let date = dates[row] else {
        drawMarker(in: &grid, inner, y: y, model: model, upcoming: events.count - past)
        continue
      }
      let event = events[index]
      let upcoming = index >= past
      // A kiosk shows no cursor: nobody is there to move it.
      let selected = !model.kiosk && cursor.selected == index
      grid.write(selected ? glyphs.selected : " ", x: inner.x, y: y, role: .accent, clip: inner)
      let dateText =
        TextWidth.of(date) > dateWidth ? date : TextWidth.fit(date, to: dateWidth, alignRight: true)
      var x = grid.write(
        dateText, x: inner.x + 1, y: y, role: upcoming ? .planned : .muted, clip: inner)
      let mark = upcoming ? glyphs.hollowBullet : glyphs.mark(event.category)
      x = grid.write(" \(mark) ", x: x, y: y, role: Role.event(event.category), clip: inner)
      let title = TextWidth.truncate(event.title, to: inner.maxX - x, ellipsis: glyphs.ellipsis)
      grid.write(title, x: x, y: y, role: upcoming ? .muted : .text, clip: inner)
      if selected, focused, !model.kiosk {
        grid.paint(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection)
      }
    }
    if events.isEmpty, inner.height >= 2 {
      let text =
        model.filter.isActive
        ? "  no events match \u{201C}\(model.filter.text)\u{201D}" : "  no events known yet"
      grid.write(
        text, x: inner.x, y: inner.y + (visible.isEmpty ? 0 : 1), role: .muted, clip: inner)
    }
    return geometry
  }

  /// "▶ as of 11 Oct 2024 ───── 2 to come" across the panel.
  private static func drawMarker(
    in grid: inout Grid, _ inner: Rect, y: Int, model: AppModel, upcoming: Int
  ) {
    let glyphs = model.glyphs
    var x = grid.write(
      "\(glyphs.marker) as of \(model.asOf.display) ", x: inner.x, y: y, role: .accent, clip: inner)
    let tail = upcoming > 0 ? " \(upcoming) to come" : ""
    let rule = max(0, inner.maxX - x - TextWidth.of(tail))
    x = grid.write(
      String(repeating: glyphs.horizontal, count: rule), x: x, y: y, role: .accent, clip: inner)
    grid.write(tail, x: x, y: y, role: .muted, clip: inner)
  }
}
