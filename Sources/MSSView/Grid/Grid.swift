/// The whole screen as plain data: rows of cells. Panels draw into it; the terminal copies it.
/// Every write is clipped to the grid and to the caller's rectangle, and goes through
/// `TextSanitizer`, so no dataset string can become a control sequence or break a border.
public struct Grid: Hashable, Sendable, CustomStringConvertible {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int, fill: Cell = .blank) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: fill, count: self.width * self.height)
  }

  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  public subscript(x: Int, y: Int) -> Cell {
    get { contains(x, y) ? cells[y * width + x] : .blank }
  }

  func contains(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

  /// Writes one cell, repairing any wide character it cuts in half.
  public mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
    guard contains(x, y) else { return }
    let index = y * width + x
    if cells[index].isContinuation, x > 0 {
      cells[index - 1] = Cell(" ", role: cells[index - 1].role)
    }
    if x + 1 < width, cells[index + 1].isContinuation, !cells[index].isContinuation {
      cells[index + 1] = Cell(" ", role: cells[index + 1].role)
    }
    cells[index] = cell
  }

  /// The right half of a wide character just written at x - 1.
  private mutating func placeContinuation(_ x: Int, _ y: Int, role: Role) {
    guard contains(x, y) else { return }
    let index = y * width + x
    if x + 1 < width, cells[index + 1].isContinuation {
      cells[index + 1] = Cell(" ", role: cells[index + 1].role)
    }
    cells[index] = Cell("", role: role)
  }

  /// Sets the role of existing cells without changing their text (selection bars, highlights).
  public mutating func paint(_ rect: Rect, role: Role) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX { cells[y * width + x].role = role }
    }
  }

  public mutating func fill(_ rect: Rect, _ cell: Cell = .blank) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX { cells[y * width + x] = cell }
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
      guard place(String(cluster), width: width, at: &column, y: y, role: role, area: area)
      else { break }
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
      guard place(Self.text(of: scalar), width: width, at: &column, y: y, role: role, area: area)
      else { break }
    }
    return column
  }

  /// Puts one cluster of `width` columns at `column` and moves past it; false once `column`
  /// is past the clip. A wide cluster cut by either edge of the clip leaves a space.
  private mutating func place(
    _ text: @autoclosure () -> String, width: Int, at column: inout Int, y: Int, role: Role,
    area: Rect
  ) -> Bool {
    if width == 0 { return true }
    if column >= area.maxX { return false }
    if column + width > area.maxX || column < area.x {
      if column >= area.x { set(column, y, Cell(" ", role: role)) }
      column += width
      return true
    }
    set(column, y, Cell(text(), role: role))
    if width == 2 { placeContinuation(column + 1, y, role: role) }
    column += width
    return true
  }

  /// One printable ASCII character as a String, made once: most cells of a frame are one.
  private static let asciiTexts = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) }

  /// The cell text of one scalar.
  static func text(of scalar: Unicode.Scalar) -> String {
    let value = Int(scalar.value)
    return value >= 0x20 && value < 0x7F ? asciiTexts[value - 0x20] : String(scalar)
  }

  /// Replaces every non-ASCII cell by its ASCII fold (for terminals whose locale is not UTF-8);
  /// both halves of a wide character become "?", so columns stay where they were.
  public mutating func foldToASCII() {
    for index in cells.indices
    where cells[index].isContinuation || !cells[index].text.utf8.allSatisfy({ $0 < 0x80 }) {
      cells[index].text = cells[index].isContinuation ? "?" : ASCIIFold.fold(cells[index].text)
    }
  }

  /// The grid as lines of text, trailing spaces kept so columns line up in golden files.
  public var lines: [String] {
    (0..<height).map { y in
      var line = ""
      for x in 0..<width {
        let cell = cells[y * width + x]
        if !cell.isContinuation { line += cell.text }
      }
      return line
    }
  }

  public var text: String { lines.joined(separator: "\n") }
  public var description: String { text }
}
