import MSSCore

extension MarkdownSnapshot {
  /// Both values and both sources of every figure whose sources disagree.
  mutating func writeConflicts() {
    heading("Conflicts between sources")
    let conflicts = state.conflicts
    guard !conflicts.isEmpty else {
      lines.append("No two sources disagree on a figure known on this date.")
      return
    }
    for (label, figure) in conflicts {
      guard let current = figure.current else { continue }
      let others = figure.conflicts.map { observation($0) }.joined(separator: "; ")
      lines.append("- **\(MarkdownText.escape(label))**: \(observation(current)) against \(others)")
    }
  }

  /// The sentence behind every figure shown, so a reader can check each number.
  mutating func writeQuotes() {
    heading("Quotes")
    var items: [(String, Observation)] = []
    let totals = [
      ("Pledged (mission)", state.pledged.figure), ("Deployed (mission)", state.deployed.figure),
      ("Contributing countries", state.countries),
    ]
    for (label, figure) in totals where !isSum(figure) { items += observations(label, figure) }
    for status in state.contributors {
      items += observations("\(status.name) pledged", status.pledged)
      items += observations("\(status.name) deployed", status.deployed)
      items += status.planned.map { ("\(status.name) planned", $0) }
    }
    for status in state.metrics { items += observations(status.metric.name, status.figure) }
    for (label, observation) in items {
      for citation in observation.citations {
        let reference = sources.references([citation])
        lines.append(
          "- **\(MarkdownText.escape(label))** \(value(observation.value)): "
            + typography.quoted(MarkdownText.escape(citation.quote))
            + " \(typography.dash) \(reference)")
      }
    }
    if items.isEmpty { lines.append("No figure is known on this date.") }
  }

  /// The cited publications, numbered as the references above.
  mutating func writeSources() {
    heading("Sources")
    guard !sources.order.isEmpty else {
      lines.append("No source is cited above.")
      return
    }
    for (index, id) in sources.order.enumerated() {
      guard let source = state.dataset.source(id) else {
        lines.append("\(index + 1). " + MarkdownText.escape(id) + " (not in the dataset)")
        continue
      }
      var parts = [
        MarkdownText.escape(source.publisher),
        typography.quoted(MarkdownText.escape(source.title)),
      ]
      if let date = source.date { parts.append(date.display) }
      if let url = source.url { parts.append(Self.link(url)) }
      if let file = source.file { parts.append("local copy " + MarkdownText.escape(file)) }
      lines.append("\(index + 1). " + parts.joined(separator: ", "))
    }
  }

  /// A figure's current value and the values that conflict with it, each with its label.
  func observations(_ label: String, _ figure: ResolvedFigure) -> [(String, Observation)] {
    ([figure.current].compactMap { $0 } + figure.conflicts).map { (label, $0) }
  }

  /// A sum of contributors' reports has no quote of its own; its parts are quoted.
  func isSum(_ figure: ResolvedFigure) -> Bool {
    (figure == state.pledged.figure && state.pledged.summedFromContributors)
      || (figure == state.deployed.figure && state.deployed.summedFromContributors)
  }

  /// An autolink for a plain http(s) URL; anything else is shown as escaped text.
  static func link(_ url: String) -> String {
    let clean = TextSanitizer.clean(url)
    let plain = clean.allSatisfy { $0.isASCII && !$0.isWhitespace && $0 != "<" && $0 != ">" }
    if plain, clean.hasPrefix("https://") || clean.hasPrefix("http://") { return "<\(clean)>" }
    return MarkdownText.escape(clean)
  }
}
