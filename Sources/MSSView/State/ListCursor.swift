/// Where a panel's selection and scroll position are. `scroll` is the first visible row; the
/// renderer still clamps it, so a stale value can never hide the selection.
public struct ListCursor: Hashable, Sendable {
  public var selected = 0
  public var scroll = 0
}

/// Keeps a selected row inside a window of `visible` rows with as little movement as possible.
enum Viewport {
  static func scroll(_ current: Int, showing row: Int, visible: Int, total: Int) -> Int {
    guard visible > 0, total > visible else { return 0 }
    var top = min(max(0, current), total - visible)
    if row < top { top = row }
    if row >= top + visible { top = row - visible + 1 }
    return min(max(0, top), total - visible)
  }

  /// For documents without a selection: only clamps.
  static func clamp(_ current: Int, visible: Int, total: Int) -> Int {
    min(max(0, current), max(0, total - visible))
  }
}
