import MSSCore

extension MarkdownSnapshot {
  mutating func writeHumanitarian() {
    heading(PanelID.humanitarian.title)
    guard !state.metrics.isEmpty else {
      lines.append("No humanitarian figure is known on this date.")
      return
    }
    var rows: [[String]] = []
    for status in state.metrics {
      let figure = status.figure
      var conflicts: [String] = []
      for other in figure.conflicts { conflicts.append(observation(other)) }
      rows.append([
        MarkdownText.escape(status.metric.name), value(figure),
        figure.current.map { period($0.period) } ?? "",
        sources.references(figure.current?.citations ?? []),
        conflicts.isEmpty
          ? "" : typography.conflict + " " + conflicts.joined(separator: "; "),
      ])
    }
    lines += table(["Figure", "Value", "Period", "Source", "Conflict"], rows)
  }
}
