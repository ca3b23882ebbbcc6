extension Dataset {
  /// The days on which the picture changes (a figure or event became known), oldest first: the
  /// stops for stepping the as-of date.
  public var changeDays: [Day] {
    let chronology = Chronology(dataset: self)
    // Day numbers gathered in place (no concatenated copies of a million observations),
    // then sorted and made unique.
    var ordinals: [Int] = []
    func add(_ series: Series) {
      for observation in series { ordinals.append(chronology.knownDate(observation).ordinal) }
    }
    for contributor in contributors {
      add(contributor.pledged)
      add(contributor.deployed)
      add(contributor.arrivals)
      add(contributor.planned)
    }
    add(totals.pledged)
    add(totals.deployed)
    add(totals.countries)
    for metric in metrics { add(metric.observations) }
    for event in events {
      ordinals.append(chronology.knownDate(event).ordinal)
      ordinals.append(event.date.start.ordinal)
    }
    // Days span years, not millions: mark them in a table instead of sorting every one.
    guard let low = ordinals.min(), let high = ordinals.max() else { return [] }
    var seen = [Bool](repeating: false, count: high - low + 1)
    for ordinal in ordinals { seen[ordinal - low] = true }
    var days: [Day] = []
    for (offset, isSeen) in seen.enumerated() where isSeen {
      days.append(Day(ordinal: low + offset))
    }
    return days
  }

  /// The as-of date to open on: the dataset's own, or today.
  public func defaultAsOf(today: Day) -> Day { asOf ?? today }
}
