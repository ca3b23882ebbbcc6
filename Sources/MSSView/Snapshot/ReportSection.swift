/// The parts of a Markdown or JSON report; `--panel` keeps only its panel's parts.
enum ReportSection: CaseIterable, Sendable {
  /// Contributors' pledges and deployments, mission totals and derived figures.
  case pledges
  case humanitarian
  case conflicts
  case timeline
  /// The verbatim quote behind every figure.
  case quotes
  /// The publications cited by the sections above.
  case sources

  static func sections(for panel: PanelID?) -> [ReportSection] {
    switch panel {
    case nil: return allCases
    case .pledges: return [.pledges, .sources]
    case .humanitarian: return [.humanitarian, .sources]
    case .timeline: return [.timeline, .sources]
    // The detail panel shows citations: the quotes, what disagrees, and where it comes from.
    case .detail: return [.conflicts, .quotes, .sources]
    }
  }
}
