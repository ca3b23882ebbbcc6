import MSSCore

/// What the detail panel says for each kind of item.
extension DetailDocument {
  mutating func addMissionTotals() {
    let state = model.state
    heading("The whole mission")
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

  mutating func addContributor(_ status: ContributorStatus) {
    heading(status.name, suffix: status.isLead ? "  \(model.glyphs.lead) lead nation" : nil)
    figure("Deployed", status.deployed)
    figure("Pledged", status.pledged)
    for plan in status.planned { observation("Planned", plan, role: .planned) }
    if !status.arrivals.isEmpty { addArrivals(status) }
    if let note = status.contributor.note { addNote(note) }
  }

  /// Contingents as they arrived, each with its quote; where sources disagree about one
  /// arrival, both versions are named.
  mutating func addArrivals(_ status: ContributorStatus) {
    blank()
    paragraph([Span("Arrivals", .title)])
    let values = status.arrivals.map { $0.value.formatted(ascii: ascii) }
    let width = values.reduce(0) { max($0, TextWidth.of($1)) }
    for (arrival, value) in zip(status.arrivals, values) {
      let pad = String(repeating: " ", count: width - TextWidth.of(value))
      let when = unbroken(arrival.period.display(ascii: ascii))
      paragraph([Span("  " + pad + value, .deployed), Span("  \(when)", .muted)], indent: 4)
      citations(arrival.citations, indent: 4)
    }
    for conflict in status.arrivalConflicts {
      guard let current = conflict.current else { continue }
      let versions = ([current] + conflict.conflicts).map {
        "\($0.value.formatted(ascii: ascii)) (\(publishers($0)))"
      }
      let when = unbroken(current.period.display(ascii: ascii))
      paragraph(
        [
          Span(
            "  \(model.glyphs.conflict) Sources disagree on the arrival of \(when): ", .conflict),
          Span(versions.joined(separator: " vs "), .conflict),
        ], indent: 4)
    }
  }

  mutating func addMetric(_ status: MetricStatus) {
    heading(status.metric.name)
    figure("Value", status.figure)
    let history = status.figure.history
    guard history.count > 1 else { return }
    blank()
    paragraph([Span("Known so far", .title)])
    for observation in history.suffix(Self.historyShown).reversed() {
      paragraph(
        [
          Span("  \(observation.period.display(ascii: ascii)): ", .muted),
          Span(observation.value.formatted(ascii: ascii), .accent),
          Span(" \(model.glyphs.dot) \(publishers(observation))", .muted),
        ], indent: 4)
    }
    let hidden = history.count - Self.historyShown
    if hidden > 0 {
      let count = NumberFormat.grouped(hidden)
      let more = "  \(model.glyphs.ellipsis) and \(count) earlier reports"
      paragraph([Span(more, .muted)], indent: 4)
    }
  }

  /// The newest reports listed for a metric: the document is laid out on every frame, and a
  /// history of thousands would cost more than the rest of the frame together.
  static let historyShown = 100

  mutating func addEvent(_ event: Event) {
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

}
