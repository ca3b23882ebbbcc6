/// What a screen below the minimum size shows: the size needed and the size there is, centred,
/// on as many lines as the width demands.
enum TooSmallMessage {
  static func draw(in grid: inout Grid, glyphs: Glyphs) {
    let need = "need \(LayoutMode.minimum.width)\(glyphs.times)\(LayoutMode.minimum.height)"
    let have = "have \(grid.width)\(glyphs.times)\(grid.height)"
    let whole = "terminal too small: \(need), \(have)"
    let lines =
      TextWidth.of(whole) <= grid.width ? [whole] : ["terminal too small:", need + ",", have]
    let top = max(0, (grid.height - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      let x = max(0, (grid.width - TextWidth.of(line)) / 2)
      grid.write(line, x: x, y: top + index, role: index == 0 ? .warning : .text)
    }
  }
}
