import MSSCore

/// Something a panel lists and the detail panel can cite: a stable identity that survives
/// sorting, filtering, a new as-of date and a reload.
public enum ItemID: Hashable, Sendable {
  /// The mission-wide totals row of the pledges panel.
  case missionTotals
  case contributor(String)
  case metric(String)
  case event(String)
}

extension AppModel {
  /// The selectable items of `panel`, in screen order. The detail panel lists none.
  public func items(in panel: PanelID) -> [ItemID] {
    switch panel {
    case .pledges: return [.missionTotals] + pledgeRows.map { .contributor($0.id) }
    case .humanitarian: return state.metrics.map { .metric($0.id) }
    case .timeline: return timelineEvents.map { .event($0.id) }
    case .detail: return []
    }
  }

  /// The item selected in `panel`, if it lists any.
  public func selectedItem(in panel: PanelID) -> ItemID? {
    let list = items(in: panel)
    let index = cursor(panel).selected
    return list.indices.contains(index) ? list[index] : nil
  }

  /// What the detail panel shows: the selection of the content panel focused last.
  public var detailSubject: ItemID? { selectedItem(in: subjectPanel) }

  /// Contributors in the chosen sort order.
  public var pledgeRows: [ContributorStatus] { sort.sorted(state.contributors) }

  /// Past then upcoming events that pass the filter; the split index is `timelinePastCount`.
  public var timelineEvents: [Event] {
    let all = state.pastEvents + state.upcomingEvents
    guard !filter.text.isEmpty else { return all }
    return all.filter { filter.matches($0) }
  }

  /// How many of `timelineEvents` happened on or before the as-of date.
  public var timelinePastCount: Int {
    guard !filter.text.isEmpty else { return state.pastEvents.count }
    return state.pastEvents.reduce(0) { $0 + (filter.matches($1) ? 1 : 0) }
  }
}
