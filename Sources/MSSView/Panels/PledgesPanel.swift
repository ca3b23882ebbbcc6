import MSSCore

/// Pledges against deployments: a column header, the mission row with its gauge, a line of
/// derived figures, then one row per contributor (pledged as the track, deployed as the fill,
/// planned in a third shade, all contributors on one scale).
enum PledgesPanel {
  /// Header, mission row and derived line sit above the scrolling contributor rows.
  static func fixedLines(height: Int) -> Int { height >= 5 ? 3 : 2 }

  static func wantedHeight(_ model: AppModel) -> Int {
    2 + fixedLines(height: 99) + max(1, model.state.contributors.count)
  }

  static func geometry(_ model: AppModel, inner: Rect) -> ListGeometry {
    let fixed = fixedLines(height: inner.height)
    let area = Rect(
      x: inner.x, y: inner.y + fixed, width: inner.width, height: inner.height - fixed)
    return ListGeometry(
      area: area, totalRows: model.state.contributors.count,
      fixed: inner.height >= 2 ? [(item: 0, y: inner.y + 1)] : [],
      rowOfItem: { $0 >= 1 ? $0 - 1 : nil }, itemAt: { row, _ in row + 1 })
  }

  static func draw(in grid: inout Grid, inner: Rect, model: AppModel, focused: Bool) -> ListGeometry
  {
    let glyphs = model.glyphs
    let statuses = model.pledgeRows
    let mission = PledgeRowText(mission: model.state, glyphs: glyphs)
    let rows = statuses.map { PledgeRowText($0, glyphs: glyphs) }
    let columns = PledgeColumns(
      rows: [mission] + rows, width: inner.width, sort: model.sort, glyphs: glyphs)
    let geometry = geometry(model, inner: inner)
    let cursor = model.cursor(.pledges)
    let scroll = geometry.scroll(cursor.scroll, selected: cursor.selected)
    let highlight = focused && !model.kiosk
    let table = PledgeTable(columns: columns, glyphs: glyphs, sort: model.sort)

    table.drawHeader(in: &grid, x: inner.x, y: inner.y, clip: inner)
    if inner.height >= 2 {
      let gauge = Bar(
        width: columns.bar, scale: mission.pledgedValue ?? 0, track: mission.pledgedValue,
        fill: mission.deployedValue, planned: mission.plannedValue)
      table.drawRow(
        mission, gauge: gauge, in: &grid, x: inner.x, y: inner.y + 1, clip: inner,
        selected: !model.kiosk && cursor.selected == 0, highlight: highlight, nameRole: .title)
    }
    if fixedLines(height: inner.height) == 3 {
      drawDerived(in: &grid, x: inner.x + 2, y: inner.y + 2, clip: inner, model: model)
    }
    let scale = rows.reduce(0.0) {
      max($0, $1.pledgedValue ?? 0, ($1.deployedValue ?? 0) + $1.plannedValue)
    }
    for line in 0..<geometry.visibleRows {
      let index = scroll + line
      guard index < rows.count else { break }
      let row = rows[index]
      let bar = Bar(
        width: columns.bar, scale: scale, track: row.pledgedValue, fill: row.deployedValue,
        planned: row.plannedValue)
      table.drawRow(
        row, gauge: bar, in: &grid, x: inner.x, y: geometry.area.y + line, clip: inner,
        selected: !model.kiosk && cursor.selected == index + 1, highlight: highlight,
        nameRole: .text)
    }
    if geometry.area.height - rows.count >= 3 {
      drawLegend(in: &grid, x: inner.x + 2, y: inner.maxY - 1, clip: inner, glyphs: glyphs)
    }
    if rows.isEmpty, geometry.area.height > 0 {
      grid.write(
        "  no contributor figures known yet", x: inner.x, y: geometry.area.y, role: .muted,
        clip: inner)
    }
    return geometry
  }

  /// "≥10 countries · +600 planned · ~2,470 short · Kenya ~93% of deployed · ~1,030 (~36%)
  /// with planned", cut after the last part that fits whole. Planned comes early: the table
  /// drops its planned column first when narrow.
  private static func drawDerived(in grid: inout Grid, x: Int, y: Int, clip: Rect, model: AppModel)
  {
    let state = model.state
    let ascii = model.glyphs.ascii
    var parts: [String] = []
    if let countries = state.countries.value {
      parts.append("\(countries.formatted(ascii: ascii)) countries")
    }
    let planned = state.contributors.reduce(0) { $0 + $1.plannedTotal }
    if planned > 0 { parts.append("+\(NumberFormat.grouped(Int(planned))) planned") }
    if let shortfall = state.derived.shortfall {
      parts.append("\(shortfall.quantity.formatted(ascii: ascii)) short")
    }
    if let share = state.derived.leadShare, let lead = state.lead {
      parts.append("\(lead.name) \(ratioText(share)) of deployed")
    }
    if let projected = state.derived.projected {
      var text = projected.quantity.formatted(ascii: ascii)
      if let ratio = state.derived.projectedRatio { text += " (\(ratioText(ratio)))" }
      parts.append(text + " with planned")
    }
    let separator = " \(model.glyphs.dot) "
    var line = ""
    for part in parts {
      let candidate = line.isEmpty ? part : line + separator + part
      if TextWidth.of(candidate) > clip.maxX - x { break }
      line = candidate
    }
    grid.write(line, x: x, y: y, role: .muted, clip: clip)
  }

  /// What the bar shades and marks mean, when the panel has lines to spare.
  private static func drawLegend(in grid: inout Grid, x: Int, y: Int, clip: Rect, glyphs: Glyphs) {
    let parts: [(String, Role, String)] = [
      (glyphs.eighths[8], .deployed, "deployed"), (glyphs.plannedFill, .planned, "planned"),
      (glyphs.track, .pledged, "pledged"), (glyphs.conflict, .conflict, "sources disagree"),
      (glyphs.lead, .accent, "lead nation"),
    ]
    var column = x
    for (mark, role, label) in parts {
      guard column + TextWidth.of(label) + 2 <= clip.maxX else { break }
      column = grid.write(mark, x: column, y: y, role: role, clip: clip)
      column = grid.write(" \(label)  ", x: column, y: y, role: .muted, clip: clip)
    }
  }

  private static func ratioText(_ derived: DerivedFigures.Derived) -> String {
    (derived.qualifier.isApproximate ? "~" : "") + NumberFormat.percent(derived.value)
  }
}
