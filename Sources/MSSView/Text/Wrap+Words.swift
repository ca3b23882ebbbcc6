extension Wrap {
  /// The words of a text split at spaces as `split(separator: " ", omittingEmptySubsequences:
  /// false)` splits it, without walking it Character by Character: that walk (grapheme
  /// breaking) was most of the cost of wrapping a whole article for the detail panel.
  struct Words: IteratorProtocol {
    enum Token: Equatable {
      /// A non-empty run of text between spaces.
      case word(Substring)
      /// One separating space.
      case space
    }

    private let text: String
    private var wordStart: String.Index
    private var index: String.Index
    /// A word already found, given out after the space that ended it was found.
    private var pendingSpace = false
    /// The furthest Character boundary walked to, so walks never repeat (linear in the text).
    private var boundary: String.Index

    init(_ text: String) {
      self.text = text
      wordStart = text.utf8.startIndex
      index = text.utf8.startIndex
      boundary = text.utf8.startIndex
    }

    mutating func next() -> Token? {
      if pendingSpace {
        pendingSpace = false
        return .space
      }
      let utf8 = text.utf8
      while index < utf8.endIndex {
        let at = index
        index = utf8.index(after: at)
        guard utf8[at] == 0x20, isSeparator(at: at, next: index) else { continue }
        let start = wordStart
        wordStart = index
        if start < at {
          pendingSpace = true
          return .word(text[start..<at])
        }
        return .space
      }
      guard wordStart < utf8.endIndex else { return nil }
      let start = wordStart
      wordStart = utf8.endIndex
      return .word(text[start...])
    }

    /// Whether the space byte at `index` is a Character of its own. Next to ASCII on both
    /// sides it always is; beside other scalars it may be part of a cluster (a combining mark
    /// after it, a prepended mark before it), so Characters are walked from the word's start
    /// (always a Character boundary) to see.
    private mutating func isSeparator(at index: String.Index, next: String.Index) -> Bool {
      let utf8 = text.utf8
      let before = index > utf8.startIndex ? utf8[utf8.index(before: index)] : 0x20
      let after = next < utf8.endIndex ? utf8[next] : 0x20
      if before < 0x80, after < 0x80 { return true }
      boundary = max(boundary, wordStart)
      while boundary < index { boundary = text.index(after: boundary) }
      return boundary == index && text[index] == " "
    }
  }
}
