import MSSView

/// What `RowPlan` needs to know of a cell, read from its scalar: every cell of every frame comes
/// through here.
enum CellKind {
  /// The cell's content for the plan, and whether it is a box-drawing character (U+2500–U+257F,
  /// drawn in its role's line look).
  static func of(_ cell: CompactCell) -> (content: RowPlan.Content, isBoxDrawing: Bool) {
    if cell.isContinuation { return (.continuation, false) }
    // A cluster of several scalars is never a blank or a line.
    guard let scalar = cell.scalar else { return (.other, false) }
    switch scalar.value {
    case 0x20: return (.blank, false)
    case 0x2500: return (.horizontalLine, true)
    case 0x2501...0x257F: return (.other, true)
    default: return (.other, false)
    }
  }
}
