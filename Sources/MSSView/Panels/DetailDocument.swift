import MSSCore

/// The detail panel's text for one item: its figures with every citation (source, date, URL,
/// quote), conflicts with both values and sources, and, for a local source, the article itself
/// with the quoted sentences marked.
struct DetailDocument {
  let model: AppModel
  let width: Int
  private(set) var lines: [StyledLine] = []
  /// Local sources cited, with the quotes to mark in each.
  private var articleQuotes: [(source: Source, quotes: [String])] = []

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
        Span("Nothing selected. Pick a row or a tile to see where its figures come from.", .muted)
      ])
    }
    addArticles()
  }

  /// The name the frame's title gives the subject.
  static func subjectName(_ item: ItemID?, model: AppModel) -> String? {
    switch item {
    case .missionTotals: return "Mission"
    case .contributor(let id): return model.state.contributors.first { $0.id == id }?.name
    case .metric(let id): return model.state.metrics.first { $0.id == id }?.metric.short
    case .event(let id):
      return model.dataset.events.first { $0.id == id }.map {
        $0.date.display(ascii: model.glyphs.ascii)
      }
    case nil: return nil
    }
  }

  // MARK: Items

  private mutating func addMissionTotals() {
    let state = model.state
    heading(state.dataset.mission)
    figure("Pledged", state.pledged.figure, summed: state.pledged.summedFromContributors)
    figure("Deployed", state.deployed.figure, summed: state.deployed.summedFromContributors)
    figure("Countries", state.countries)
    let derived = state.derived
    var facts: [(String, String)] = []
    if let ratio = derived.deploymentRatio { facts.append(("Deployed of pledged", percent(ratio))) }
    if let shortfall = derived.shortfall {
      facts.append(("Shortfall", shortfall.quantity.formatted(ascii: ascii)))
    }
    if let share = derived.leadShare, let lead = state.lead {
      facts.append(("\(lead.name)'s share", percent(share)))
    }
    if let projected = derived.projected {
      facts.append(("With planned", projected.quantity.formatted(ascii: ascii)))
    }
    if let ratio = derived.projectedRatio {
      facts.append(("With planned, of pledged", percent(ratio)))
    }
    guard !facts.isEmpty else { return }
    blank()
    paragraph([Span("Derived (computed here, approximate when any input is)", .muted)])
    for (label, value) in facts {
      paragraph([Span("  \(label): ", .muted), Span(value, .accent)], indent: 4)
    }
  }

  private mutating func addContributor(_ status: ContributorStatus) {
    heading(status.name, suffix: status.isLead ? "  \(model.glyphs.lead) lead nation" : nil)
    figure("Deployed", status.deployed)
    figure("Pledged", status.pledged)
    for plan in status.planned { observation("Planned", plan, role: .planned) }
    if !status.arrivals.isEmpty {
      blank()
      paragraph([Span("Arrivals", .title)])
      for arrival in status.arrivals {
        let when = arrival.period.display(ascii: ascii)
        paragraph(
          [
            Span("  \(arrival.value.formatted(ascii: ascii))", .deployed),
            Span(" \(when) \(model.glyphs.dot) \(publishers(arrival))", .muted),
          ],
          indent: 4)
        remember(arrival.citations)
      }
    }
    if let note = status.contributor.note { addNote(note) }
  }

  private mutating func addMetric(_ status: MetricStatus) {
    heading(status.metric.name)
    figure("Value", status.figure)
    let history = status.figure.history
    guard history.count > 1 else { return }
    blank()
    paragraph([Span("Known so far", .title)])
    for observation in history.reversed() {
      paragraph(
        [
          Span("  \(observation.period.display(ascii: ascii)): ", .muted),
          Span(observation.value.formatted(ascii: ascii), .accent),
          Span(" \(model.glyphs.dot) \(publishers(observation))", .muted),
        ], indent: 4)
    }
  }

  private mutating func addEvent(_ event: Event) {
    heading(event.title)
    var when = [Span(event.date.display(ascii: ascii), .accent)]
    if let relative = event.relative {
      when.append(Span(" (\u{201C}\(relative)\u{201D} in the source)", .muted))
    }
    if event.date.start > model.asOf {
      when.append(Span(" \(model.glyphs.dot) still to come on \(model.asOf.display)", .planned))
    }
    paragraph([Span("When ", .muted)] + when, indent: 2)
    paragraph([Span("Kind ", .muted), Span(event.category.rawValue, Role.event(event.category))])
    citations(event.citations)
  }

  // MARK: Figures and citations

  private mutating func figure(_ label: String, _ figure: ResolvedFigure, summed: Bool = false) {
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
  private mutating func observation(_ label: String, _ observation: Observation, role: Role) {
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
  private mutating func citations(_ citations: [Citation], indent: Int = 2) {
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

  // MARK: The article

  private mutating func remember(_ citations: [Citation]) {
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

  private mutating func addArticles() {
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

  // MARK: Building blocks

  private var ascii: Bool { model.glyphs.ascii }

  /// Joins words with no-break spaces so a date is never split across lines.
  private func unbroken(_ text: String) -> String {
    String(text.map { $0 == " " ? "\u{00A0}" : $0 })
  }

  private func percent(_ derived: DerivedFigures.Derived) -> String {
    (derived.qualifier.isApproximate ? "~" : "") + NumberFormat.percent(derived.value)
  }

  private func publishers(_ observation: Observation) -> String {
    let names = observation.citations.compactMap { model.dataset.source($0.sourceID)?.publisher }
    var unique: [String] = []
    for name in names where !unique.contains(name) { unique.append(name) }
    return unique.isEmpty ? "unsourced" : unique.joined(separator: ", ")
  }

  private mutating func heading(_ text: String, suffix: String? = nil) {
    var spans = [Span(text, .title)]
    if let suffix { spans.append(Span(suffix, .accent)) }
    paragraph(spans)
  }

  private mutating func addNote(_ text: String) {
    paragraph([Span("  Note: ", .muted), Span(text, .muted)], indent: 4)
  }

  private mutating func paragraph(_ spans: [Span], indent: Int = 0) {
    lines += Wrap.lines(spans, width: width, indent: indent)
  }

  private mutating func blank() {
    if let last = lines.last, last != .blank { lines.append(.blank) }
  }
}
