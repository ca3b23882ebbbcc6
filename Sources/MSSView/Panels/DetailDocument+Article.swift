import MSSCore

/// The cited local article, with the quoted passages marked, after the citations.
extension DetailDocument {
  mutating func remember(_ citations: [Citation]) {
    for citation in citations {
      guard let source = model.dataset.source(citation.sourceID), source.text != nil else {
        continue
      }
      if let index = articleQuotes.firstIndex(where: { $0.source.id == source.id }) {
        articleQuotes[index].quotes.append(citation.quote)
      } else {
        articleQuotes.append((source, [citation.quote]))
      }
    }
  }

  mutating func addArticles() {
    for (source, quotes) in articleQuotes {
      guard let text = source.text else { continue }
      blank()
      var title = source.publisher
      if let date = source.date { title += ", \(date.display)" }
      paragraph([Span(title, .title), Span(": the article, quoted passages marked", .muted)])
      blank()
      let folded = quotes.map(ArticleMarks.Quote.init)
      for paragraphText in Self.paragraphs(text) {
        let spans = ArticleMarks.spans(String(paragraphText), quotes: folded)
        let marked = spans.contains { $0.role == .highlight }
        for var line in Wrap.lines(spans, width: width - 2) {
          line.spans.insert(Span(marked ? model.glyphs.eighths[4] + " " : "  ", .accent), at: 0)
          lines.append(line)
        }
        lines.append(.blank)
      }
    }
  }

  /// The article's lines that hold more than spaces, as `split(separator: "\n")` gives them,
  /// found in its bytes rather than Character by Character (a line feed is a Character of
  /// its own except after a carriage return, which loading has already removed).
  static func paragraphs(_ text: String) -> [Substring] {
    let bytes = Array(text.utf8)
    let index = { (offset: Int) in text.utf8.index(text.utf8.startIndex, offsetBy: offset) }
    var paragraphs: [Substring] = []
    var start = 0
    var blank = true
    for (offset, byte) in bytes.enumerated() {
      if byte == 0x0A, offset == 0 || bytes[offset - 1] != 0x0D {
        if start < offset, !blank { paragraphs.append(text[index(start)..<index(offset)]) }
        start = offset + 1
        blank = true
      } else if byte != 0x20 {
        blank = false
      }
    }
    if start < bytes.count, !blank { paragraphs.append(text[index(start)...]) }
    return paragraphs
  }

}
