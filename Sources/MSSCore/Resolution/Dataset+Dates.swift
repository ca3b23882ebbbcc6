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
    ordinals.sort()
    var days: [Day] = []
    var last: Int?
    for ordinal in ordinals where ordinal != last {
      days.append(Day(ordinal: ordinal))
      last = ordinal
    }
    return days
  }

  /// The as-of date to open on: the dataset's own, or today.
  public func defaultAsOf(today: Day) -> Day { asOf ?? today }
}
