/// Splits an article paragraph into plain and highlighted spans where it contains a quote.
enum ArticleMarks {
  static func spans(_ paragraph: String, quotes: [String]) -> [Span] {
    var marked: [Range<String.Index>] = []
    for quote in quotes where !quote.isEmpty {
      marked += occurrences(of: quote, in: paragraph)
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
    let haystack = folded(text)
    let pattern = folded(needle).map(\.scalar)
    guard !pattern.isEmpty, pattern.count <= haystack.count else { return [] }
    var found: [Range<String.Index>] = []
    var start = 0
    while start + pattern.count <= haystack.count {
      let end = start + pattern.count
      if haystack[start].scalar == pattern[0], haystack[start..<end].map(\.scalar) == pattern {
        let upper = end < haystack.count ? haystack[end].index : text.endIndex
        found.append(haystack[start].index..<upper)
        start = end
      } else {
        start += 1
      }
    }
    return found
  }

  /// The text's scalars with each run of white space folded to one space, and where each began.
  private static func folded(_ text: String) -> [(scalar: Unicode.Scalar, index: String.Index)] {
    var out: [(scalar: Unicode.Scalar, index: String.Index)] = []
    var index = text.unicodeScalars.startIndex
    while index < text.unicodeScalars.endIndex {
      let scalar = text.unicodeScalars[index]
      if scalar.properties.isWhitespace {
        if out.last?.scalar != " " { out.append((" ", index)) }
      } else {
        out.append((scalar, index))
      }
      index = text.unicodeScalars.index(after: index)
    }
    return out
  }
}
