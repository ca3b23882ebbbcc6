import MSSCore

/// A report a person can paste into an e-mail, a ticket or a wiki: the resolved figures as
/// tables, every figure with its source, conflicts spelled out and the sources listed at the end.
/// All dataset text is sanitized and escaped (MarkdownText), so it renders as what it says.
struct MarkdownSnapshot {
  let state: MissionState
  let ascii: Bool
  var sources: SourceIndex
  var lines: [String] = []

  static func render(_ state: MissionState, sections: [ReportSection], ascii: Bool) -> String {
    var report = MarkdownSnapshot(
      state: state, ascii: ascii, sources: SourceIndex(dataset: state.dataset))
    report.writeHeader()
    for section in sections { report.write(section) }
    return report.lines.joined(separator: "\n") + "\n"
  }

  mutating func write(_ section: ReportSection) {
    switch section {
    case .pledges: writePledges()
    case .humanitarian: writeHumanitarian()
    case .conflicts: writeConflicts()
    case .timeline: writeTimeline()
    case .quotes: writeQuotes()
    case .sources: writeSources()
    }
  }

  mutating func writeHeader() {
    let dataset = state.dataset
    lines += [
      "# " + MarkdownText.escape(dataset.title),
      "",
      MarkdownText.escape(dataset.mission) + ", as of **\(state.asOf.display)** (\(state.asOf)).",
      "Dataset: " + MarkdownText.escape("\(dataset.id) (\(dataset.origin))") + ".",
    ]
  }

  mutating func heading(_ title: String) {
    lines += ["", "## " + title, ""]
  }

  // MARK: - Figures as text

  /// The conflict marker after a value whose sources disagree.
  var conflictMark: String { " " + typography.conflict }

  var typography: MarkdownTypography { ascii ? .ascii : .unicode }

  /// A table whose empty cells show a dash, so a missing figure is visibly missing.
  func table(_ header: [String], _ rows: [[String]]) -> [String] {
    MarkdownText.table(header, rows, empty: typography.dash)
  }

  /// `≥115`, escaped; a dash for an unknown figure.
  func value(_ quantity: Quantity?) -> String {
    quantity.map { MarkdownText.escape($0.formatted(ascii: ascii)) } ?? ""
  }

  /// The current value, marked when another source disagrees.
  func value(_ figure: ResolvedFigure) -> String {
    value(figure.value) + (figure.isConflicted ? conflictMark : "")
  }

  func period(_ date: DateSpec) -> String { MarkdownText.escape(date.display(ascii: ascii)) }

  /// A ratio with the qualifier its inputs carry: `~15%`.
  func percent(_ ratio: Double, _ qualifier: Qualifier) -> String {
    MarkdownText.escape(qualifier.symbol(ascii: ascii) + NumberFormat.percent(ratio))
  }

  /// `578,074 (Jun 2024, IOM [2])`: another source's value, for conflicts.
  mutating func observation(_ observation: Observation) -> String {
    let references = sources.references(observation.citations)
    return value(observation.value) + " (" + period(observation.period)
      + (references.isEmpty ? "" : ", " + references) + ")"
  }
}
