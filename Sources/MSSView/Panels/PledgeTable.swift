/// Draws the pledges table's header and rows at fixed column widths.
struct PledgeTable {
  var columns: PledgeColumns
  var glyphs: Glyphs
  var sort: PledgeSort

  /// Marks the sorted column: "↓", or " v" in ASCII so it does not read as part of the word.
  static func sortMark(_ glyphs: Glyphs) -> String { glyphs.ascii ? " v" : glyphs.arrowDown }

  func drawHeader(in grid: inout Grid, x: Int, y: Int, clip: Rect) {
    let mark = { (key: PledgeSort) in sort == key ? PledgeTable.sortMark(glyphs) : "" }
    var header = " " + TextWidth.fit("Country" + mark(.name), to: columns.name) + " "
    let deployed = "dep" + mark(.deployed)
    let pledged = "pledged" + mark(.pledged)
    header += TextWidth.fit(deployed, to: columns.deployed, alignRight: true) + " / "
    header += TextWidth.fit(pledged, to: columns.pledged + columns.flag)
    if columns.planned > 0 {
      header += TextWidth.fit("plan", to: columns.planned, alignRight: true)
    }
    if columns.ratio > 0 {
      header += TextWidth.fit("%" + mark(.ratio), to: columns.ratio, alignRight: true)
    }
    grid.write(header, x: x, y: y, role: .muted, clip: clip)
  }

  func drawRow(
    _ row: PledgeRowText, gauge: Bar, in grid: inout Grid, x: Int, y: Int, clip: Rect,
    selected: Bool, highlight: Bool, nameRole: Role
  ) {
    var column = x
    grid.write(selected ? glyphs.selected : " ", x: column, y: y, role: .accent, clip: clip)
    column += 1
    let lead = row.isLead ? " " + glyphs.lead : ""
    let name = TextWidth.truncate(
      row.name, to: columns.name - TextWidth.of(lead), ellipsis: glyphs.ellipsis)
    let nameEnd = grid.write(name, x: column, y: y, role: nameRole, clip: clip)
    grid.write(lead, x: nameEnd, y: y, role: .accent, clip: clip)
    column += columns.name + 1
    let deployedX = column + columns.deployed - TextWidth.of(row.deployed)
    grid.write(row.deployed, x: deployedX, y: y, role: .deployed, clip: clip)
    column += columns.deployed
    // The "/" takes the pledged number's look, not muted: a third colour between two numbers
    // would cost two changes of colour on every row for a character that needs no emphasis.
    column = grid.write(" / ", x: column, y: y, role: .text, clip: clip)
    grid.write(row.pledged, x: column, y: y, role: .text, clip: clip)
    column += columns.pledged
    if columns.flag > 0, row.conflicted {
      grid.write(" " + glyphs.conflict, x: column, y: y, role: .conflict, clip: clip)
    }
    column += columns.flag
    if columns.planned > 0 {
      let plannedX = column + columns.planned - TextWidth.of(row.planned)
      grid.write(row.planned, x: plannedX, y: y, role: .planned, clip: clip)
      column += columns.planned
    }
    if columns.ratio > 0 {
      grid.write(
        row.ratio, x: column + columns.ratio - TextWidth.of(row.ratio), y: y, role: .accent,
        clip: clip)
      column += columns.ratio
    }
    if selected, highlight {
      grid.paint(
        Rect(x: x, y: y, width: column - x, height: 1).intersection(clip), role: .selection)
    }
    gauge.draw(in: &grid, x: column + 1, y: y, glyphs: glyphs, clip: clip)
  }
}
