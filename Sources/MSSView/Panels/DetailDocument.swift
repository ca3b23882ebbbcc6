import MSSCore

/// The detail panel's text for one item: its figures with every citation (source, date, URL,
/// quote), conflicts with both values and sources, and, for a local source, the article itself
/// with the quoted sentences marked.
struct DetailDocument {
  let model: AppModel
  let width: Int
  var lines: [StyledLine] = []
  /// Local sources cited, with the quotes to mark in each.
  var articleQuotes: [(source: Source, quotes: [String])] = []

  init(item: ItemID?, model: AppModel, width: Int) {
    self.model = model
    self.width = width
    guard width >= 8 else { return }
    switch item {
    case .missionTotals: addMissionTotals()
    case .contributor(let id):
      model.state.contributors.first { $0.id == id }.map { addContributor($0) }
    case .metric(let id): model.state.metrics.first { $0.id == id }.map { addMetric($0) }
    case .event(let id): model.dataset.events.first { $0.id == id }.map { addEvent($0) }
    case nil:
      paragraph([
        Span(
          "Nothing to show. Select a row or a tile and press Enter to see where its figures come "
            + "from.", .muted)
      ])
    }
    addArticles()
  }

  /// The name the frame's title gives the subject. The subject need not be selected
  /// anywhere, so it must say which item it is: an event by its date and title (several share
  /// a month), cut by the frame where it is narrow.
  static func subjectName(_ item: ItemID?, model: AppModel) -> String? {
    switch item {
    case .missionTotals: return "Mission"
    case .contributor(let id): return model.state.contributors.first { $0.id == id }?.name
    case .metric(let id): return model.state.metrics.first { $0.id == id }?.metric.short
    case .event(let id):
      return model.dataset.events.first { $0.id == id }.map {
        "\($0.date.display(ascii: model.glyphs.ascii)) \(model.glyphs.dot) \($0.title)"
      }
    case nil: return nil
    }
  }

  // MARK: Figures and citations

  mutating func figure(_ label: String, _ figure: ResolvedFigure, summed: Bool = false) {
    guard let current = figure.current else {
      blank()
      paragraph([Span(label, .title), Span("  not reported", .muted)])
      return
    }
    observation(label, current, role: .accent)
    if summed {
      addNote("the sum of the contributors' own latest reports, newer than any reported total")
    }
    if figure.isConflicted {
      paragraph(
        [Span("  \(model.glyphs.conflict) Sources disagree for this period:", .conflict)], indent: 4
      )
      for other in figure.conflicts {
        paragraph(
          [
            Span("    \(other.value.formatted(ascii: ascii))", .conflict),
            Span(" \(other.period.display(ascii: ascii))", .muted),
          ],
          indent: 6)
        citations(other.citations, indent: 6)
      }
    }
    if !figure.corroborations.isEmpty {
      let names = figure.corroborations.map { publishers($0) }.joined(separator: ", ")
      paragraph([Span("  Same number from: \(names)", .muted)], indent: 4)
    }
  }

  /// "Deployed  ≲400  nearly 400 · 11 Oct 2024 (“last week”)", a note, then the citations.
  mutating func observation(_ label: String, _ observation: Observation, role: Role) {
    blank()
    let value = observation.value
    var head = [Span(label + "  ", .title), Span(value.formatted(ascii: ascii), role)]
    if value.qualifier != .exact { head.append(Span("  \(value.spoken)", .muted)) }
    var when = " \(model.glyphs.dot) " + unbroken(observation.period.display(ascii: ascii))
    if let relative = observation.relative { when += unbroken(" (\u{201C}\(relative)\u{201D})") }
    if let published = observation.published {
      when += ", published " + unbroken(published.display)
    }
    paragraph(head + [Span(when, .muted)], indent: 2)
    if let note = observation.note { paragraph([Span("  \(note)", .muted)], indent: 2) }
    citations(observation.citations)
  }

  /// Each citation as the quote, then who said it and where to read it.
  mutating func citations(_ citations: [Citation], indent: Int = 2) {
    let pad = String(repeating: " ", count: indent)
    for citation in citations {
      let source = model.dataset.source(citation.sourceID)
      paragraph([Span(pad + "\u{201C}\(citation.quote)\u{201D}", .text)], indent: indent + 1)
      var by = [
        Span(pad + "  \(model.glyphs.dash) " + (source?.publisher ?? citation.sourceID), .text)
      ]
      if let date = source?.date { by.append(Span(", \(date.display)", .muted)) }
      if let title = source?.title { by.append(Span(": \(title)", .muted)) }
      paragraph(by, indent: indent + 4)
      if let url = source?.url {
        paragraph([Span(pad + "    " + url, .muted)], indent: indent + 4)
      } else if let file = source?.file {
        paragraph([Span(pad + "    file \(file)", .muted)], indent: indent + 4)
      }
      remember([citation])
    }
  }

  // MARK: Building blocks

  var ascii: Bool { model.glyphs.ascii }

  /// Joins words with no-break spaces so a date is never split across lines.
  func unbroken(_ text: String) -> String {
    String(text.map { $0 == " " ? "\u{00A0}" : $0 })
  }

  func percent(_ derived: DerivedFigures.Derived) -> String {
    (derived.qualifier.isApproximate ? "~" : "") + NumberFormat.percent(derived.value)
  }

  func publishers(_ observation: Observation) -> String {
    let names = observation.citations.compactMap { model.dataset.source($0.sourceID)?.publisher }
    var unique: [String] = []
    for name in names where !unique.contains(name) { unique.append(name) }
    return unique.isEmpty ? "unsourced" : unique.joined(separator: ", ")
  }

  mutating func heading(_ text: String, suffix: String? = nil) {
    var spans = [Span(text, .title)]
    if let suffix { spans.append(Span(suffix, .accent)) }
    paragraph(spans)
  }

  mutating func addNote(_ text: String) {
    paragraph([Span("  Note: ", .muted), Span(text, .muted)], indent: 4)
  }

  mutating func paragraph(_ spans: [Span], indent: Int = 0) {
    lines += Wrap.lines(spans, width: width, indent: indent)
  }

  mutating func blank() {
    if let last = lines.last, last != .blank { lines.append(.blank) }
  }
}
