/// Splits an article paragraph into plain and highlighted spans where it contains a quote.
enum ArticleMarks {
  /// Text with each run of white space folded to one space: the scalars, and where each began
  /// in the text.
  struct Folded {
    var scalars: [Unicode.Scalar] = []
    var indices: [String.Index] = []

    init(_ text: String) {
      scalars.reserveCapacity(text.utf8.count)
      indices.reserveCapacity(text.utf8.count)
      var index = text.unicodeScalars.startIndex
      while index < text.unicodeScalars.endIndex {
        let scalar = text.unicodeScalars[index]
        if ArticleMarks.isWhitespace(scalar) {
          if scalars.last != " " {
            scalars.append(" ")
            indices.append(index)
          }
        } else {
          scalars.append(scalar)
          indices.append(index)
        }
        index = text.unicodeScalars.index(after: index)
      }
    }
  }

  /// A quote folded once per article, not once per paragraph.
  struct Quote {
    let scalars: [Unicode.Scalar]
    /// The UTF-8 of its first word: a paragraph without it cannot hold the quote, and most
    /// paragraphs are ruled out by this byte search before they are folded.
    let firstWord: [UInt8]

    init(_ text: String) {
      scalars = Folded(text).scalars
      var bytes: [UInt8] = []
      for scalar in scalars.prefix(while: { $0 != " " }) {
        UTF8.encode(scalar) { bytes.append($0) }
      }
      firstWord = bytes
    }

    func mayOccur(in paragraph: String) -> Bool {
      guard !firstWord.isEmpty else { return true }
      return paragraph.utf8.withContiguousStorageIfAvailable { contains($0, firstWord) }
        ?? contains(Array(paragraph.utf8), firstWord)
    }

    private func contains<C: RandomAccessCollection<UInt8>>(_ bytes: C, _ needle: [UInt8])
      -> Bool where C.Index == Int
    {
      guard let first = needle.first, needle.count <= bytes.count else { return false }
      var start = bytes.startIndex
      let last = bytes.endIndex - needle.count
      while start <= last {
        if bytes[start] == first, bytes[start..<(start + needle.count)].elementsEqual(needle) {
          return true
        }
        start += 1
      }
      return false
    }
  }

  static func spans(_ paragraph: String, quotes: [String]) -> [Span] {
    spans(paragraph, quotes: quotes.map(Quote.init))
  }

  static func spans(_ paragraph: String, quotes: [Quote]) -> [Span] {
    let candidates = quotes.filter { !$0.scalars.isEmpty && $0.mayOccur(in: paragraph) }
    guard !candidates.isEmpty else { return [Span(paragraph)] }
    let haystack = Folded(paragraph)
    var marked: [Range<String.Index>] = []
    for quote in candidates {
      marked += occurrences(of: quote.scalars, in: haystack, text: paragraph)
    }
    guard !marked.isEmpty else { return [Span(paragraph)] }
    marked.sort { $0.lowerBound < $1.lowerBound }
    var spans: [Span] = []
    var position = paragraph.startIndex
    for range in marked {
      let start = max(range.lowerBound, position)
      guard start < range.upperBound else { continue }
      if position < start { spans.append(Span(String(paragraph[position..<start]))) }
      spans.append(Span(String(paragraph[start..<range.upperBound]), .highlight))
      position = range.upperBound
    }
    if position < paragraph.endIndex { spans.append(Span(String(paragraph[position...]))) }
    return spans
  }

  /// Every place `needle` occurs, with runs of white space (line breaks, no-break spaces)
  /// matching each other, as the dataset validator matches quotes. Spelled out rather than
  /// `ranges(of:)`, which missed long quotes here; articles are short.
  static func occurrences(of needle: String, in text: String) -> [Range<String.Index>] {
    occurrences(of: Folded(needle).scalars, in: Folded(text), text: text)
  }

  private static func occurrences(
    of pattern: [Unicode.Scalar], in haystack: Folded, text: String
  ) -> [Range<String.Index>] {
    let scalars = haystack.scalars
    guard let first = pattern.first, pattern.count <= scalars.count else { return [] }
    var found: [Range<String.Index>] = []
    var start = 0
    while start + pattern.count <= scalars.count {
      let end = start + pattern.count
      if scalars[start] == first, matches(pattern, scalars, at: start) {
        let upper = end < scalars.count ? haystack.indices[end] : text.endIndex
        found.append(haystack.indices[start]..<upper)
        start = end
      } else {
        start += 1
      }
    }
    return found
  }

  /// Whether `pattern` is at `start` (room checked by the caller); a plain loop that stops at
  /// the first difference, several times cheaper than comparing slices.
  private static func matches(
    _ pattern: [Unicode.Scalar], _ scalars: [Unicode.Scalar], at start: Int
  ) -> Bool {
    var offset = 0
    while offset < pattern.count, scalars[start + offset] == pattern[offset] { offset += 1 }
    return offset == pattern.count
  }

  /// Unicode's White_Space, without a property lookup for ASCII (most of an article).
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
    return scalar.properties.isWhitespace
  }
}
