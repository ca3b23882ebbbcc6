/// The whole screen as plain data: rows of cells. Panels draw into it; the terminal copies it.
/// Every write is clipped to the grid and to the caller's rectangle, and goes through
/// `TextSanitizer`, so no dataset string can become a control sequence or break a border.
///
/// Cells are stored compactly (`CompactCell`), with clusters of several scalars in a table of
/// the grid's own; `cells` and the subscript give them back as `Cell` values.
public struct Grid: Sendable, CustomStringConvertible {
  public let width: Int
  public let height: Int
  public internal(set) var compactCells: [CompactCell]
  /// The clusters of more than one scalar that cells name by index; each kept once.
  private(set) var clusters: [String] = []
  private var clusterIndices: [String: Int] = [:]

  public init(width: Int, height: Int, fill: Cell = .blank) {
    self.width = max(0, width)
    self.height = max(0, height)
    compactCells = []
    let cell = compact(fill)
    compactCells = Array(repeating: cell, count: self.width * self.height)
  }

  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// Every cell, row by row, as `Cell` values.
  public var cells: [Cell] { compactCells.map(cell) }

  public subscript(x: Int, y: Int) -> Cell {
    get { contains(x, y) ? cell(compactCells[y * width + x]) : .blank }
  }

  func contains(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

  /// The text of a cell of this grid: its scalar, its cluster, or "" for a continuation.
  public func text(of cell: CompactCell) -> String {
    if let scalar = cell.scalar { return Self.text(of: scalar) }
    if let index = cell.clusterIndex, index < clusters.count { return clusters[index] }
    return ""
  }

  func cell(_ compact: CompactCell) -> Cell { Cell(text(of: compact), role: compact.role) }

  /// `cell` as this grid stores it, adding its cluster to the table when it has several scalars.
  mutating func compact(_ cell: Cell) -> CompactCell {
    if cell.isContinuation { return .continuation(cell.role) }
    return compact(cell.text, role: cell.role)
  }

  private mutating func compact(_ text: String, role: Role) -> CompactCell {
    var scalars = text.unicodeScalars.makeIterator()
    if let first = scalars.next(), scalars.next() == nil {
      return CompactCell(scalar: first, role: role)
    }
    if let index = clusterIndices[text] { return .cluster(index, role: role) }
    // More distinct clusters than cells could ever show: only a caller writing far more than
    // a screen holds gets here. A replacement character keeps the columns.
    guard clusters.count < CompactCell.clusterLimit else {
      return CompactCell(scalar: "\u{FFFD}", role: role)
    }
    clusterIndices[text] = clusters.count
    clusters.append(text)
    return .cluster(clusters.count - 1, role: role)
  }

  /// Writes one cell, repairing any wide character it cuts in half.
  public mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
    guard contains(x, y) else { return }
    put(compact(cell), x, y)
  }

  /// `set` for a cell already in this grid's form.
  mutating func put(_ cell: CompactCell, _ x: Int, _ y: Int) {
    guard contains(x, y) else { return }
    let index = y * width + x
    if compactCells[index].isContinuation, x > 0 {
      compactCells[index - 1] = CompactCell(scalar: " ", role: compactCells[index - 1].role)
    }
    if x + 1 < width, compactCells[index + 1].isContinuation, !compactCells[index].isContinuation {
      compactCells[index + 1] = CompactCell(scalar: " ", role: compactCells[index + 1].role)
    }
    compactCells[index] = cell
  }

  /// The right half of a wide character just written at x - 1.
  private mutating func placeContinuation(_ x: Int, _ y: Int, role: Role) {
    guard contains(x, y) else { return }
    let index = y * width + x
    if x + 1 < width, compactCells[index + 1].isContinuation {
      compactCells[index + 1] = CompactCell(scalar: " ", role: compactCells[index + 1].role)
    }
    compactCells[index] = .continuation(role)
  }

  /// Sets the role of existing cells without changing their text (selection bars, highlights).
  public mutating func paint(_ rect: Rect, role: Role) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX {
        compactCells[y * width + x] = compactCells[y * width + x].with(role: role)
      }
    }
  }

  public mutating func fill(_ rect: Rect, _ cell: Cell = .blank) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    let cell = compact(cell)
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX { compactCells[y * width + x] = cell }
    }
  }

  /// Writes `text` from (x, y), never past `clip` (default: the whole grid). Wide characters that
  /// would straddle the clip edge are replaced by a space. Returns the column after the text.
  @discardableResult
  public mutating func write(
    _ text: String, x: Int, y: Int, role: Role, clip: Rect? = nil
  ) -> Int {
    let area = (clip ?? bounds).intersection(bounds)
    guard y >= area.y, y < area.maxY else { return x }
    if TextSanitizer.isStandalone(text) {
      return write(scalars: text.unicodeScalars, x: x, y: y, role: role, area: area)
    }
    return write(clusters: text, x: x, y: y, role: role, area: area)
  }

  /// `write` for any text: sanitized, then cluster by cluster.
  mutating func write(clusters text: String, x: Int, y: Int, role: Role, area: Rect) -> Int {
    var column = x
    for cluster in TextSanitizer.clean(text) {
      let width = TextWidth.of(cluster)
      let fit = Fit(width: width, column: column, area: area)
      if fit == .stop { break }
      // The table gets a cluster only once it is certain to be shown.
      if fit == .whole { place(compact(String(cluster), role: role), width: width, column, y) }
      if fit == .space { put(CompactCell(scalar: " ", role: role), column, y) }
      column += width
    }
    return column
  }

  /// `write` for text whose every scalar is a cluster of its own and needs no sanitizing
  /// (`TextSanitizer.isStandalone`): the same cells, without breaking the text into Characters
  /// (borders, labels and numbers are most of what a frame writes).
  mutating func write(
    scalars: String.UnicodeScalarView, x: Int, y: Int, role: Role, area: Rect
  ) -> Int {
    var column = x
    for scalar in scalars {
      let width = TextWidth.of(scalar: scalar)
      let fit = Fit(width: width, column: column, area: area)
      if fit == .stop { break }
      if fit == .whole { place(CompactCell(scalar: scalar, role: role), width: width, column, y) }
      if fit == .space { put(CompactCell(scalar: " ", role: role), column, y) }
      column += width
    }
    return column
  }

  /// What becomes of a cluster of `width` columns at `column` of `area`: nothing once past the
  /// clip; a space where a wide cluster is cut by the clip's right edge (or the left one, if
  /// its first column is inside); nothing for a zero-width cluster or one left of the clip.
  private enum Fit {
    case stop, skip, space, whole

    init(width: Int, column: Int, area: Rect) {
      if width == 0 {
        self = .skip
      } else if column >= area.maxX {
        self = .stop
      } else if column + width > area.maxX || column < area.x {
        self = column >= area.x ? .space : .skip
      } else {
        self = .whole
      }
    }
  }

  /// Puts a cluster that fits, with the continuation of a wide one.
  private mutating func place(_ cell: CompactCell, width: Int, _ column: Int, _ y: Int) {
    put(cell, column, y)
    if width == 2 { placeContinuation(column + 1, y, role: cell.role) }
  }

  /// One printable ASCII character as a String, made once: most cells of a frame are one.
  private static let asciiTexts = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) }

  /// The cell text of one scalar.
  static func text(of scalar: Unicode.Scalar) -> String {
    let value = Int(scalar.value)
    return value >= 0x20 && value < 0x7F ? asciiTexts[value - 0x20] : String(scalar)
  }

  public var description: String { text }
}
