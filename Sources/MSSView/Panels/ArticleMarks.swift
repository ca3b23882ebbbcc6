/// Splits an article paragraph into plain and highlighted spans where it contains a quote.
enum ArticleMarks {
  static func spans(_ paragraph: String, quotes: [String]) -> [Span] {
    var marked: [Range<String.Index>] = []
    for quote in quotes where !quote.isEmpty {
      marked += paragraph.ranges(of: quote)
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
}
