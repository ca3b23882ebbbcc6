/// One terminal cell: a grapheme cluster of display width 1 or 2, or the right half of a wide one.
public struct Cell: Hashable, Sendable {
  /// The cluster drawn here; empty for the second column of a wide character.
  public var text: String
  public var role: Role

  public init(_ text: String = " ", role: Role = .text) {
    self.text = text
    self.role = role
  }

  public static let blank = Cell()
  public var isContinuation: Bool { text.isEmpty }
}

/// A rectangle in grid coordinates.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public var maxX: Int { x + width }
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width <= 0 || height <= 0 }

  public func contains(x px: Int, y py: Int) -> Bool {
    px >= x && px < maxX && py >= y && py < maxY
  }

  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    return Rect(
      x: left, y: top, width: min(maxX, other.maxX) - left, height: min(maxY, other.maxY) - top)
  }

  /// The rectangle shrunk by `by` cells on every side.
  public func inset(_ by: Int) -> Rect {
    Rect(x: x + by, y: y + by, width: width - 2 * by, height: height - 2 * by)
  }

  public var description: String { "\(width)x\(height)+\(x)+\(y)" }
}
