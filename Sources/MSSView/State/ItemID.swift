import MSSCore

/// Something a panel lists and the detail panel can cite: a stable identity that survives
/// sorting, filtering, a new as-of date and a reload.
public enum ItemID: Hashable, Sendable {
  /// The mission-wide totals row of the pledges panel.
  case missionTotals
  case contributor(String)
  case metric(String)
  case event(String)

  /// The panel that lists items of this kind.
  public var panel: PanelID {
    switch self {
    case .missionTotals, .contributor: return .pledges
    case .metric: return .humanitarian
    case .event: return .timeline
    }
  }
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

  /// Whether the data still has `item` (as of the current date), listed or not: a timeline
  /// filter hides events but does not take them from the detail panel.
  func exists(_ item: ItemID) -> Bool {
    switch item {
    case .missionTotals: return true
    case .contributor(let id): return state.contributors.contains { $0.id == id }
    case .metric(let id): return state.metrics.contains { $0.id == id }
    case .event(let id): return dataset.events.contains { $0.id == id }
    }
  }

  /// Contributors in the chosen sort order.
  public var pledgeRows: [ContributorStatus] { sort.sorted(state.contributors) }

  /// Past then upcoming events that pass the filter; the split index is `timelinePastCount`.
  public var timelineEvents: [Event] { resolved.timelineEvents }

  /// How many of `timelineEvents` happened on or before the as-of date.
  public var timelinePastCount: Int { resolved.timelinePastCount }
}
