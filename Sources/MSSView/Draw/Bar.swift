/// Horizontal bars in eighths of a cell: a track (pledged), a fill (deployed) and a shaded
/// extension (planned), all on one scale.
struct Bar {
  /// Cells the whole scale spans.
  var width: Int
  /// The value that fills `width` cells.
  var scale: Double
  var track: Double?
  var fill: Double?
  var planned: Double = 0

  func draw(in grid: inout Grid, x: Int, y: Int, glyphs: Glyphs, clip: Rect) {
    guard width > 0, scale > 0 else { return }
    let eighths = { (value: Double) in Int((value / scale * Double(width * 8)).rounded()) }
    let filled = min(width * 8, eighths(fill ?? 0))
    let plannedEnd = min(width * 8, eighths((fill ?? 0) + planned))
    let trackEnd = min(width, Int((track.map { $0 / scale * Double(width) } ?? 0).rounded(.up)))
    for cell in 0..<width {
      let start = cell * 8
      let (text, role): (String, Role)
      if filled >= start + 8 {
        (text, role) = (glyphs.eighths[8], .deployed)
      } else if filled > start {
        (text, role) = (glyphs.eighths[filled - start], .deployed)
      } else if plannedEnd > start {
        (text, role) = (glyphs.plannedFill, .planned)
      } else if cell < trackEnd {
        (text, role) = (glyphs.track, .pledged)
      } else {
        continue
      }
      grid.write(text, x: x + cell, y: y, role: role, clip: clip)
    }
  }
}

/// A one-line chart of a series, scaled from zero so small changes do not look dramatic.
enum Sparkline {
  static func text(_ values: [Double], width: Int, glyphs: Glyphs) -> String {
    guard width > 0, values.count >= 2 else { return "" }
    let shown = values.suffix(width)
    let top = shown.max() ?? 0
    guard top > 0 else { return String(repeating: glyphs.sparks[0], count: shown.count) }
    let levels = glyphs.sparks.count - 1
    return shown.map { glyphs.sparks[Int(($0 / top * Double(levels)).rounded())] }.joined()
  }
}
