/// The grid as text, and folded to ASCII.
extension Grid {
  /// Replaces every non-ASCII cell by its ASCII fold (for terminals whose locale is not UTF-8);
  /// both halves of a wide character become "?", so columns stay where they were.
  public mutating func foldToASCII() {
    for index in compactCells.indices {
      let cell = compactCells[index]
      let role = cell.role
      if cell.isContinuation {
        compactCells[index] = CompactCell(scalar: "?", role: role)
      } else if let scalar = cell.scalar {
        guard !scalar.isASCII else { continue }
        compactCells[index] = compact(Cell(ASCIIFold.fold(String(scalar)), role: role))
      } else {
        let text = text(of: cell)
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
        compactCells[index] = compact(Cell(ASCIIFold.fold(text), role: role))
      }
    }
  }

  /// The grid as lines of text, trailing spaces kept so columns line up in golden files.
  public var lines: [String] {
    // Each line's UTF-8 gathered in one buffer and decoded once: appending scalar by scalar
    // to a String cost more than drawing the grid (a snapshot at 200×60).
    var bytes: [UInt8] = []
    bytes.reserveCapacity(width * 3)
    return (0..<height).map { y in
      bytes.removeAll(keepingCapacity: true)
      for cell in compactCells[y * width..<(y + 1) * width] {
        if let scalar = cell.scalar {
          if scalar.isASCII {
            bytes.append(UInt8(scalar.value))
          } else {
            bytes.append(contentsOf: scalar.utf8)
          }
        } else if !cell.isContinuation {
          bytes.append(contentsOf: text(of: cell).utf8)
        }
      }
      return String(decoding: bytes, as: UTF8.self)
    }
  }

  public var text: String { lines.joined(separator: "\n") }
}

/// Two grids are equal when they show the same: cells naming clusters compare the clusters,
/// whatever their place in each grid's table.
extension Grid: Hashable {
  public static func == (lhs: Grid, rhs: Grid) -> Bool {
    guard lhs.width == rhs.width, lhs.height == rhs.height else { return false }
    // The common case, and the cheap one: the same cells and the same (often empty) table.
    if lhs.clusters == rhs.clusters { return lhs.compactCells == rhs.compactCells }
    for (left, right) in zip(lhs.compactCells, rhs.compactCells) where left != right {
      guard left.clusterIndex != nil, right.clusterIndex != nil, left.role == right.role,
        lhs.text(of: left) == rhs.text(of: right)
      else { return false }
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
