/// A figure as known on a date: the latest observation, the ones that disagree with it for the
/// same period (a conflict, never merged), and everything known so far.
public struct ResolvedFigure: Hashable, Sendable {
  public let current: Observation?
  /// Other sources' values for an overlapping period that differ from `current`.
  public let conflicts: [Observation]
  /// Other sources that give the same number for an overlapping period.
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

  /// Resolves a series as known on `asOf`.
  public func resolve(_ series: Series, asOf: Day) -> ResolvedFigure {
    let known = series.filter { knownDate($0) <= asOf }.sorted { lhs, rhs in
      let left = (effectiveDate(lhs), knownDate(lhs))
      let right = (effectiveDate(rhs), knownDate(rhs))
      return left < right
    }
    guard let current = known.last else { return .none }
    let others = known.dropLast().filter { $0.period.overlaps(current.period) }
    return ResolvedFigure(
      current: current,
      conflicts: others.filter { !$0.value.sameNumber(as: current.value) },
      corroborations: others.filter { $0.value.sameNumber(as: current.value) },
      history: known)
  }
}

extension Day {
  /// Today in the local time zone.
  public static func today() -> Day { LocalClock.today() }
}
