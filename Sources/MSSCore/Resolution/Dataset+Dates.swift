extension Dataset {
  /// The days on which the picture changes (a figure or event became known), oldest first: the
  /// stops for stepping the as-of date.
  public var changeDays: [Day] {
    let chronology = Chronology(dataset: self)
    var days: Set<Day> = []
    let series =
      contributors.flatMap { $0.pledged + $0.deployed + $0.arrivals + $0.planned }
      + totals.pledged + totals.deployed + totals.countries + metrics.flatMap(\.observations)
    for observation in series { days.insert(chronology.knownDate(observation)) }
    for event in events {
      days.insert(chronology.knownDate(event))
      days.insert(event.date.start)
    }
    return days.sorted()
  }

  /// The as-of date to open on: the dataset's own, or today.
  public func defaultAsOf(today: Day) -> Day { asOf ?? today }
}
