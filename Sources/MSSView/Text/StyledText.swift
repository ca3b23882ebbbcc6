/// A run of text in one role.
struct Span: Hashable, Sendable {
  var text: String
  var role: Role

  init(_ text: String, _ role: Role = .text) {
    self.text = text
    self.role = role
  }
}

/// One screen line of spans.
struct StyledLine: Hashable, Sendable {
  var spans: [Span] = []

  static let blank = StyledLine()

  /// Draws the line at (x, y), clipped to `clip`; returns the column after it.
  @discardableResult
  func draw(in grid: inout Grid, x: Int, y: Int, clip: Rect) -> Int {
    var column = x
    for span in spans {
      column = grid.write(span.text, x: column, y: y, role: span.role, clip: clip)
    }
    return column
  }
}
