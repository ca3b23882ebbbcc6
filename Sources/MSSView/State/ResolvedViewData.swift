import MSSCore

/// What the panels read on every frame but that changes only with the data, the as-of date or
/// the timeline filter: computed once there, so a frame does not grow with the history.
struct ResolvedViewData: Sendable {
  /// The days on which the picture changed, for `[` and `]` (per dataset, found at the first
  /// step).
  var changeDays = ChangeDaysCache()
  /// Past then upcoming events that pass the filter, and how many of them are past.
  var timelineEvents: [Event] = []
  var timelinePastCount = 0
  /// Each metric's sparkline values by metric id: one per period, oldest first, only the last
  /// `sparkLength` (all a sparkline shows); worked out for the tiles shown.
  var sparks = SparkCache()
  /// The detail panel's last layout; replaced, not cleared, so copies of an older model keep
  /// their own.
  var detailLines = DetailLinesCache()

  static let sparkLength = 12

  mutating func update(events state: MissionState, filter: TimelineFilter) {
    guard !filter.text.isEmpty else {
      timelineEvents = state.pastEvents + state.upcomingEvents
      timelinePastCount = state.pastEvents.count
      return
    }
    let past = state.pastEvents.filter { filter.matches($0) }
    timelineEvents = past + state.upcomingEvents.filter { filter.matches($0) }
    timelinePastCount = past.count
  }

  mutating func update(sparks state: MissionState) {
    sparks = SparkCache(state)
  }

  /// One value per period, oldest first: the history without same-period duplicates (the last
  /// one of a period wins).
  static func series(_ history: Series) -> [Double] {
    var byPeriod: [(DateSpec, Double)] = []
    byPeriod.reserveCapacity(history.count)
    // Sized up front: each time a Dictionary grows it hashes every DateSpec again.
    var index = [DateSpec: Int](minimumCapacity: history.count)
    for observation in history {
      if let at = index[observation.period] {
        byPeriod[at].1 = observation.value.value
      } else {
        index[observation.period] = byPeriod.count
        byPeriod.append((observation.period, observation.value.value))
      }
    }
    return byPeriod.sorted { $0.0.start < $1.0.start }.map(\.1)
  }
}
