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
      for paragraphText in text.split(separator: "\n")
      where !paragraphText.allSatisfy({ $0 == " " }) {
        let spans = ArticleMarks.spans(String(paragraphText), quotes: quotes)
        let marked = spans.contains { $0.role == .highlight }
        for var line in Wrap.lines(spans, width: width - 2) {
          line.spans.insert(Span(marked ? model.glyphs.eighths[4] + " " : "  ", .accent), at: 0)
          lines.append(line)
        }
        lines.append(.blank)
      }
    }
  }

}
