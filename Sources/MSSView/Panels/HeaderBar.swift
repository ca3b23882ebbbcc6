import MSSCore

/// The top line: mission, as-of date, dataset, theme and, in kiosk mode, the clock. When the
/// line is short the less important parts go first; the as-of date stays to the end.
enum HeaderBar {
  static func draw(in grid: inout Grid, _ rect: Rect, model: AppModel) {
    guard !rect.isEmpty else { return }
    grid.fill(rect, Cell(" ", role: .header))
    let separator = " \(model.glyphs.dot) "
    let asOf = asOfLabel(model)
    let mission = model.dataset.mission
    let short = shortName(mission)
    let title = model.dataset.title
    let theme = model.themeName.map { "theme: \($0)" }
    let clock = model.clock
    let variants: [(left: [String], right: [String?])] = [
      ([mission, asOf, title], [theme, clock]),
      ([short, asOf, title], [theme, clock]),
      ([short, asOf], [theme, clock]),
      ([short, asOf], [clock]),
      ([asOf], [clock]),
      ([asOf], []),
    ]
    for variant in variants {
      let left = " " + variant.left.joined(separator: separator)
      let rightParts = variant.right.compactMap { $0 }
      let right = rightParts.isEmpty ? "" : rightParts.joined(separator: separator) + " "
      let need = TextWidth.of(left) + TextWidth.of(right) + (right.isEmpty ? 0 : 2)
      if need <= rect.width || variant.left.count == 1 && rightParts.isEmpty {
        grid.write(left, x: rect.x, y: rect.y, role: .header, clip: rect)
        grid.write(right, x: rect.maxX - TextWidth.of(right), y: rect.y, role: .header, clip: rect)
        return
      }
    }
  }

  /// "as of 11 Oct 2024", with "(today)" when it is.
  static func asOfLabel(_ model: AppModel) -> String {
    "as of \(model.asOf.display)" + (model.asOf == model.today ? " (today)" : "")
  }

  /// The abbreviation in the mission's last parentheses ("MSS"), else its first words.
  static func shortName(_ mission: String) -> String {
    if let open = mission.lastIndex(of: "("), let close = mission.lastIndex(of: ")"), open < close {
      let inside = mission[mission.index(after: open)..<close]
      if !inside.isEmpty { return String(inside) }
    }
    return TextWidth.truncate(mission, to: 16)
  }
}
