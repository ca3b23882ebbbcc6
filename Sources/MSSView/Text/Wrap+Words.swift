extension Wrap {
  /// The words of a text split at spaces as `split(separator: " ", omittingEmptySubsequences:
  /// false)` splits it, without walking it Character by Character: that walk (grapheme
  /// breaking) was most of the cost of wrapping a whole article for the detail panel. The
  /// bytes are scanned from a copy; only the words found become string indices.
  struct Words: IteratorProtocol {
    enum Token: Equatable {
      /// A non-empty run of text between spaces.
      case word(Substring)
      /// One separating space.
      case space
    }

    private let text: String
    private let bytes: [UInt8]
    /// Byte offsets: where the current word began, and the next byte to look at.
    private var wordStart = 0
    private var offset = 0
    /// A word already found, given out after the space that ended it was found.
    private var pendingSpace = false
    /// The furthest Character boundary walked to, so walks never repeat (linear in the text).
    private var boundary: String.Index

    init(_ text: String) {
      self.text = text
      bytes = Array(text.utf8)
      boundary = text.startIndex
    }

    mutating func next() -> Token? {
      if pendingSpace {
        pendingSpace = false
        return .space
      }
      while offset < bytes.count {
        let at = offset
        offset += 1
        guard bytes[at] == 0x20, isSeparator(at: at) else { continue }
        let start = wordStart
        wordStart = offset
        if start < at {
          pendingSpace = true
          return .word(slice(start, at))
        }
        return .space
      }
      guard wordStart < bytes.count else { return nil }
      let start = wordStart
      wordStart = bytes.count
      return .word(slice(start, bytes.count))
    }

    private func index(_ offset: Int) -> String.Index {
      text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    private func slice(_ start: Int, _ end: Int) -> Substring {
      text[index(start)..<index(end)]
    }

    /// Whether the space byte at `at` is a Character of its own. Next to ASCII on both sides
    /// it always is; beside other scalars it may be part of a cluster (a combining mark after
    /// it, a prepended mark before it), so Characters are walked from the word's start (always
    /// a Character boundary) to see.
    private mutating func isSeparator(at: Int) -> Bool {
      let before = at > 0 ? bytes[at - 1] : 0x20
      let after = at + 1 < bytes.count ? bytes[at + 1] : 0x20
      if before < 0x80, after < 0x80 { return true }
      let space = index(at)
      boundary = max(boundary, index(wordStart))
      while boundary < space { boundary = text.index(after: boundary) }
      return boundary == space && text[space] == " "
    }
  }
}
