import Foundation

/// The detail panel's lines for the last subject, width and glyphs laid out. A frame measures
/// the detail panel (scrolling, the mouse) and draws it; a key that changes none of these —
/// a selection or focus move, the footer, help — reuses the lines instead of wrapping the
/// quotes and the article again. The model starts a new cache whenever its data or as-of date
/// change, so those need no place in the key.
final class DetailLinesCache: @unchecked Sendable {
  // @unchecked: `last` is read and written only while holding `lock` (models are Sendable
  // values, and copies of one share this cache).
  struct Key: Equatable {
    var subject: ItemID?
    var width: Int
    var glyphs: Glyphs
  }

  private let lock = NSLock()
  private var last: (key: Key, lines: [StyledLine])?

  func lines(for key: Key, build: () -> [StyledLine]) -> [StyledLine] {
    if let hit = lock.withLock({ last.flatMap { $0.key == key ? $0.lines : nil } }) {
      return hit
    }
    let lines = build()
    lock.withLock { last = (key, lines) }
    return lines
  }
}
