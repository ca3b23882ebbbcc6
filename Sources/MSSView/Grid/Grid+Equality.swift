/// Two grids are equal when they show the same: cells naming clusters compare the clusters,
/// whatever their place in each grid's table.
extension Grid: Hashable {
  public static func == (lhs: Grid, rhs: Grid) -> Bool {
    guard lhs.width == rhs.width, lhs.height == rhs.height else { return false }
    // The common case, and the cheap one: the same cells and the same (often empty) table.
    if lhs.clusters == rhs.clusters { return lhs.compactCells == rhs.compactCells }
    // Tables that differ can name different clusters by the same index, so a cluster cell is
    // compared by its text even where the two cells' bits agree.
    for (left, right) in zip(lhs.compactCells, rhs.compactCells) {
      if left.clusterIndex == nil, right.clusterIndex == nil {
        guard left == right else { return false }
      } else {
        guard left.clusterIndex != nil, right.clusterIndex != nil, left.role == right.role,
          lhs.text(of: left) == rhs.text(of: right)
        else { return false }
      }
    }
    return true
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(width)
    hasher.combine(height)
    for cell in compactCells {
      if cell.clusterIndex != nil {
        hasher.combine(cell.role)
        hasher.combine(text(of: cell))
      } else {
        hasher.combine(cell)
      }
    }
  }
}
