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
