import Synchronization

/// The detail panel's lines for the last subject, width and glyphs laid out. A frame measures
/// the detail panel (scrolling, the mouse) and draws it; a key that changes none of these —
/// a selection or focus move, the footer, help — reuses the lines instead of wrapping the
/// quotes and the article again. The model starts a new cache whenever its data or as-of date
/// change, so those need no place in the key.
final class DetailLinesCache: Sendable {
  // Models are Sendable values, and copies of one share this cache: the last entry is behind
  // a mutex.
  struct Key: Equatable {
    var subject: ItemID?
    var width: Int
    var glyphs: Glyphs
  }

  private let last = Mutex<(key: Key, lines: [StyledLine])?>(nil)

  func lines(for key: Key, build: () -> [StyledLine]) -> [StyledLine] {
    if let hit = last.withLock({ entry in entry.flatMap { $0.key == key ? $0.lines : nil } }) {
      return hit
    }
    let lines = build()
    last.withLock { $0 = (key, lines) }
    return lines
  }
}
