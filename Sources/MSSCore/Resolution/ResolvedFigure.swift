/// A figure as known on a date: the latest observation, the ones that disagree with it for the
/// same period (a conflict, never merged), and everything known so far.
public struct ResolvedFigure: Hashable, Sendable {
  public let current: Observation?
  /// Earlier values for an overlapping period that disagree with `current`.
  public let conflicts: [Observation]
  /// Other sources that agree for an overlapping period: the same number, or a round statement
  /// of it (see `Quantity.agrees(with:)`).
  public let corroborations: [Observation]
  /// Every observation known on the as-of date, oldest first.
  public let history: Series

  public init(
    current: Observation?, conflicts: [Observation] = [], corroborations: [Observation] = [],
    history: Series = []
  ) {
    self.current = current
    self.conflicts = conflicts
    self.corroborations = corroborations
    self.history = history
  }

  public static let none = ResolvedFigure(current: nil)

  public var value: Quantity? { current?.value }
  public var isConflicted: Bool { !conflicts.isEmpty }
}

/// How observations are ordered and filtered by date.
public struct Chronology: Sendable {
  let sourceDates: [String: Day]

  public init(dataset: Dataset) {
    var dates: [String: Day] = [:]
    for source in dataset.sources {
      if let date = source.date, dates[source.id] == nil { dates[source.id] = date }
    }
    sourceDates = dates
  }

  /// The day a figure became public: its own `published`, else its first source's date, else
  /// the end of the period it describes.
  public func knownDate(_ observation: Observation) -> Day {
    observation.published
      ?? observation.citations.lazy.compactMap { sourceDates[$0.sourceID] }.first
      ?? observation.period.end
  }

  public func knownDate(_ event: Event) -> Day {
    event.published ?? event.citations.lazy.compactMap { sourceDates[$0.sourceID] }.first
      ?? event.date.start
  }

  /// The day a figure speaks for: the end of its period, but no later than its publication,
  /// so a projection published in September counts as September's figure.
  public func effectiveDate(_ observation: Observation) -> Day {
    min(observation.period.end, knownDate(observation))
  }

  /// The observations of `series` known on `asOf`, oldest first: by the day they speak for,
  /// then the day they became known, then their order in the file (a later line wins a tie).
  public func known(_ series: Series, asOf: Day) -> Series {
    // Sort small keys, not observations: each known date is worked out once, and the
    // observations are copied once, in their final order.
    var keys: [(effective: Day, known: Day, offset: Int)] = []
    keys.reserveCapacity(series.count)
    var inOrder = true
    for (offset, observation) in series.enumerated() {
      let known = knownDate(observation)
      guard known <= asOf else { continue }
      let key = (effective: min(observation.period.end, known), known: known, offset: offset)
      if let last = keys.last, (last.effective, last.known) > (key.effective, key.known) {
        inOrder = false
      }
      keys.append(key)
    }
    // A file written in date order, all of it known: the series itself, shared rather than
    // copied (a million observations cost a retain each to copy, on every as-of step).
    if inOrder && keys.count == series.count { return series }
    if !inOrder {
      keys.sort { ($0.effective, $0.known, $0.offset) < ($1.effective, $1.known, $1.offset) }
    }
    return keys.map { series[$0.offset] }
  }

  /// Resolves a series as known on `asOf`: the latest observation is current; earlier ones for
  /// an overlapping period either agree with it or are conflicts.
  public func resolve(_ series: Series, asOf: Day) -> ResolvedFigure {
    let known = known(series, asOf: asOf)
    guard let current = known.last else { return .none }
    let others = known.dropLast().filter { $0.period.overlaps(current.period) }
    return ResolvedFigure(
      current: current,
      conflicts: others.filter { !$0.value.agrees(with: current.value) },
      corroborations: others.filter { $0.value.agrees(with: current.value) },
      history: known)
  }

  /// Disagreements inside a list of separate happenings, such as contingents arriving, where
  /// the latest report does not replace the earlier ones: reports from different sources with
  /// overlapping dates and numbers that do not agree. Each result's `current` is the later
  /// report and `conflicts` the earlier ones it contradicts.
  public func disagreements(in series: Series, asOf: Day) -> [ResolvedFigure] {
    let known = known(series, asOf: asOf)
    var claimed = Set<Int>()
    var found: [ResolvedFigure] = []
    for index in known.indices.reversed() where !claimed.contains(index) {
      let report = known[index]
      let rivals = known.indices.prefix(index).filter { other in
        !claimed.contains(other) && known[other].period.overlaps(report.period)
          && known[other].primarySourceID != report.primarySourceID
      }
      let conflicts = rivals.filter { !known[$0].value.agrees(with: report.value) }
      guard !conflicts.isEmpty else { continue }
      let agreeing = rivals.filter { known[$0].value.agrees(with: report.value) }
      claimed.formUnion(rivals + [index])
      found.append(
        ResolvedFigure(
          current: report, conflicts: conflicts.map { known[$0] },
          corroborations: agreeing.map { known[$0] }, history: known))
    }
    return found.reversed()
  }
}

extension Day {
  /// Today in the local time zone.
  public static func today() -> Day { LocalClock.today() }
}
