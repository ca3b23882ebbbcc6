/// One input event, decoded from curses but free of it, so the key map can be tested alone.
public enum Key: Hashable, Sendable {
  /// A printable character (including space).
  case character(Character)
  case enter
  case escape
  case tab
  case backTab
  case backspace
  case up
  case down
  case left
  case right
  case pageUp
  case pageDown
  case home
  case end
  /// Ctrl-L: repaint everything.
  case redraw
  /// The terminal changed size.
  case resize
  case mouse(MouseEvent)
}

/// A mouse event at a screen cell (0-based).
public struct MouseEvent: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case press
    case wheelUp
    case wheelDown
  }

  public let kind: Kind
  public let x: Int
  public let y: Int

  public init(_ kind: Kind, x: Int, y: Int) {
    self.kind = kind
    self.x = x
    self.y = y
  }
}
