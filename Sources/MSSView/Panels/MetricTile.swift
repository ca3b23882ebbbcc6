import MSSCore

/// One humanitarian figure in three lines, or two when space is short:
///
///     ▸People displaced                 ▸People displaced      >700,000 ⚠ 702,973
///      >700,000 ⚠ 702,973   ▁▃▅█         11 Oct 2024 · Reuters vs IOM      ▁▃▅█
///      11 Oct 2024 · Reuters vs IOM
struct MetricTile {
  var status: MetricStatus
  /// The sparkline's values, oldest first (`ResolvedViewData.sparks`).
  var series: [Double]
  var dataset: Dataset
  var glyphs: Glyphs
  var selected: Bool
  var highlight: Bool

  func draw(in grid: inout Grid, _ rect: Rect) {
    guard !rect.isEmpty, let current = status.figure.current else { return }
    let body = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 1, height: rect.height)
    grid.write(selected ? glyphs.selected : " ", x: rect.x, y: rect.y, role: .accent, clip: rect)
    let metric = status.metric
    let label = TextWidth.of(metric.name) <= body.width ? metric.name : metric.short
    if rect.height <= 2 {
      drawOneLine(in: &grid, body, label: label, current: current)
      if rect.height == 2 {
        drawSourceLine(in: &grid, body, y: body.y + 1, current: current, spark: true)
      }
    } else {
      grid.write(
        TextWidth.truncate(label, to: body.width, ellipsis: glyphs.ellipsis), x: body.x, y: body.y,
        role: .title, clip: body)
      drawValueLine(in: &grid, body, y: body.y + 1, current: current)
      drawSourceLine(in: &grid, body, y: body.y + 2, current: current, spark: false)
    }
    if selected, highlight {
      grid.paint(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .selection)
    }
  }

  private func value(_ observation: Observation, width: Int) -> String {
    let full = observation.value.formatted(ascii: glyphs.ascii)
    return TextWidth.of(full) <= width ? full : observation.value.compact(ascii: glyphs.ascii)
  }

  /// The value, the conflicting values after a marker, and the sparkline at the right.
  private func drawValueLine(in grid: inout Grid, _ rect: Rect, y: Int, current: Observation) {
    var x = grid.write(
      value(current, width: rect.width), x: rect.x, y: y, role: .accent, clip: rect)
    if status.figure.isConflicted {
      // Each other value with its source, so both sides of the disagreement are on screen.
      let others = status.figure.conflicts.map {
        "\($0.value.compact(ascii: glyphs.ascii)) \(publisher($0))"
      }
      let text = " \(glyphs.conflict) " + others.joined(separator: ", ")
      x = grid.write(
        TextWidth.truncate(text, to: rect.maxX - x, ellipsis: glyphs.ellipsis), x: x, y: y,
        role: .conflict, clip: rect)
    }
    drawSpark(in: &grid, rect, y: y, after: x)
  }

  /// The series at the right end of the line, if at least three columns are free.
  private func drawSpark(in grid: inout Grid, _ rect: Rect, y: Int, after x: Int) {
    let room = rect.maxX - x - 2
    let spark = Sparkline.text(series, width: min(room, 12), glyphs: glyphs)
    if !spark.isEmpty, room >= 3 {
      grid.write(spark, x: rect.maxX - TextWidth.of(spark), y: y, role: .title, clip: rect)
    }
  }

  private func drawSourceLine(
    in grid: inout Grid, _ rect: Rect, y: Int, current: Observation, spark: Bool
  ) {
    var sources = [publisher(current)]
    for other in status.figure.conflicts where !sources.contains(publisher(other)) {
      sources.append(publisher(other))
    }
    let text =
      current.period.display(ascii: glyphs.ascii) + " \(glyphs.dot) "
      + sources.joined(separator: " vs ")
    let end = grid.write(
      TextWidth.truncate(text, to: rect.width, ellipsis: glyphs.ellipsis), x: rect.x, y: y,
      role: .muted, clip: rect)
    if spark { drawSpark(in: &grid, rect, y: y, after: end) }
  }

  private func drawOneLine(in grid: inout Grid, _ rect: Rect, label: String, current: Observation) {
    let shown = value(current, width: rect.width)
    var conflict = ""
    if status.figure.isConflicted {
      let others = status.figure.conflicts.map { $0.value.compact(ascii: glyphs.ascii) }
      conflict = " \(glyphs.conflict) " + others.joined(separator: " ")
    }
    let valueWidth = TextWidth.of(shown) + TextWidth.of(conflict)
    let labelRoom = rect.width - valueWidth - 1
    let label = TextWidth.of(label) <= labelRoom ? label : status.metric.short
    grid.write(
      TextWidth.truncate(label, to: labelRoom, ellipsis: glyphs.ellipsis), x: rect.x, y: rect.y,
      role: .title,
      clip: rect)
    let x = grid.write(shown, x: rect.maxX - valueWidth, y: rect.y, role: .accent, clip: rect)
    grid.write(conflict, x: x, y: rect.y, role: .conflict, clip: rect)
  }

  private func publisher(_ observation: Observation) -> String {
    observation.primarySourceID.flatMap { dataset.source($0)?.publisher } ?? "unsourced"
  }
}
