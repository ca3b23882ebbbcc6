import MSSCore

extension MarkdownSnapshot {
  mutating func writeTimeline() {
    heading(PanelID.timeline.title)
    if state.pastEvents.isEmpty && state.upcomingEvents.isEmpty {
      lines.append("No event is known on this date.")
      return
    }
    if !state.pastEvents.isEmpty {
      lines += ["### Up to \(state.asOf.display)", ""]
      for event in state.pastEvents { lines.append(item(event)) }
    }
    if !state.upcomingEvents.isEmpty {
      if !state.pastEvents.isEmpty { lines.append("") }
      lines += ["### Planned or expected after \(state.asOf.display)", ""]
      for event in state.upcomingEvents { lines.append(item(event)) }
    }
  }

  /// `- **3 Oct 2024** · deployment · title (Reuters [1])`.
  mutating func item(_ event: Event) -> String {
    let references = sources.references(event.citations)
    return "- **" + period(event.date) + "** \(typography.separator) " + event.category.rawValue
      + " \(typography.separator) "
      + MarkdownText.escape(event.title) + (references.isEmpty ? "" : " (" + references + ")")
  }
}
