import MSSCore

/// Numbers the sources a report cites in the order it first cites them, for `[1]`-style
/// references and the list of sources at its end.
struct SourceIndex {
  let dataset: Dataset
  private(set) var order: [String] = []

  init(dataset: Dataset) { self.dataset = dataset }

  /// The reference number of `sourceID`, assigning the next one on first use.
  mutating func number(_ sourceID: String) -> Int {
    if let index = order.firstIndex(of: sourceID) { return index + 1 }
    order.append(sourceID)
    return order.count
  }

  /// "Reuters [1]" for each distinct source of `citations`, joined. The brackets need no
  /// escape: dataset text is escaped, so no link definition can give them a target.
  mutating func references(_ citations: [Citation]) -> String {
    var seen: [String] = []
    for citation in citations where !seen.contains(citation.sourceID) {
      seen.append(citation.sourceID)
    }
    return seen.map { id in
      let publisher = dataset.source(id)?.publisher ?? id
      return MarkdownText.escape(publisher) + " [\(number(id))]"
    }.joined(separator: "; ")
  }
}
