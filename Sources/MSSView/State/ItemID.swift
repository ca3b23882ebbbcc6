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
  /// Indexes the panel's list directly: building all of `items(in:)` would cost a frame
  /// O(events).
  public func selectedItem(in panel: PanelID) -> ItemID? {
    let index = cursor(panel).selected
    guard index >= 0 else { return nil }
    switch panel {
    case .pledges:
      if index == 0 { return .missionTotals }
      let rows = pledgeRows
      return index - 1 < rows.count ? .contributor(rows[index - 1].id) : nil
    case .humanitarian:
      return index < state.metrics.count ? .metric(state.metrics[index].id) : nil
    case .timeline:
      let events = timelineEvents
      return index < events.count ? .event(events[index].id) : nil
    case .detail: return nil
    }
  }

  /// What the detail panel shows: the selection of the content panel focused last.
  public var detailSubject: ItemID? { selectedItem(in: subjectPanel) }

  /// Contributors in the chosen sort order.
  public var pledgeRows: [ContributorStatus] { sort.sorted(state.contributors) }

  /// Past then upcoming events that pass the filter; the split index is `timelinePastCount`.
  public var timelineEvents: [Event] { resolved.timelineEvents }

  /// How many of `timelineEvents` happened on or before the as-of date.
  public var timelinePastCount: Int { resolved.timelinePastCount }
}
