extension MissionState {
  /// Resolves every figure of `dataset` as known on `asOf`.
  public init(dataset: Dataset, asOf: Day) {
    let chronology = Chronology(dataset: dataset)
    let statuses = dataset.contributors.map { contributor in
      ContributorStatus(
        contributor: contributor,
        pledged: chronology.resolve(contributor.pledged, asOf: asOf),
        deployed: chronology.resolve(contributor.deployed, asOf: asOf),
        arrivals: contributor.arrivals.filter { chronology.knownDate($0) <= asOf }
          .sorted { $0.period.start < $1.period.start },
        planned: contributor.planned.filter {
          chronology.knownDate($0) <= asOf && $0.period.end >= asOf
        },
        isLead: contributor.id == dataset.lead,
        arrivalConflicts: chronology.disagreements(in: contributor.arrivals, asOf: asOf))
    }.filter {
      $0.pledged.current != nil || $0.deployed.current != nil || !$0.planned.isEmpty
        || !$0.arrivals.isEmpty
    }

    let pledged = Self.total(
      chronology.resolve(dataset.totals.pledged, asOf: asOf), statuses.map(\.pledged), chronology)
    let deployed = Self.total(
      chronology.resolve(dataset.totals.deployed, asOf: asOf), statuses.map(\.deployed), chronology)
    // Events known by then, by date (file order among equals), sorted as small keys so that
    // each event is copied once; those dated after the as-of date come last.
    var keys: [(start: Day, end: Day, offset: Int)] = []
    keys.reserveCapacity(dataset.events.count)
    for (offset, event) in dataset.events.enumerated() where chronology.knownDate(event) <= asOf {
      keys.append((event.date.start, event.date.end, offset))
    }
    keys.sort { ($0.start, $0.end, $0.offset) < ($1.start, $1.end, $1.offset) }
    let split = keys.firstIndex { $0.start > asOf } ?? keys.count

    self.dataset = dataset
    self.asOf = asOf
    self.pledged = pledged
    self.deployed = deployed
    self.countries = chronology.resolve(dataset.totals.countries, asOf: asOf)
    self.contributors = statuses
    self.metrics = dataset.metrics.map {
      MetricStatus(metric: $0, figure: chronology.resolve($0.observations, asOf: asOf))
    }
    .filter { $0.figure.current != nil }
    self.pastEvents = keys[..<split].map { dataset.events[$0.offset] }
    self.upcomingEvents = keys[split...].map { dataset.events[$0.offset] }
    self.derived = DerivedFigures(
      pledged: pledged.figure.value, deployed: deployed.figure.value,
      leadDeployed: statuses.first { $0.isLead }?.deployed.value,
      planned: statuses.flatMap(\.planned).map(\.value))
  }

  /// A reported total, unless the contributors' own reports are newer and add up to more.
  static func total(_ reported: ResolvedFigure, _ parts: [ResolvedFigure], _ chronology: Chronology)
    -> MissionTotal
  {
    let currents = parts.compactMap(\.current)
    guard !currents.isEmpty else {
      return MissionTotal(figure: reported, summedFromContributors: false)
    }
    let sum = currents.reduce(0) { $0 + $1.value.value }
    let newest = currents.map { chronology.effectiveDate($0) }.max() ?? Day(ordinal: 0)
    if let current = reported.current {
      let reportedIsNewer = chronology.effectiveDate(current) >= newest
      if reportedIsNewer || current.value.value >= sum {
        return MissionTotal(figure: reported, summedFromContributors: false)
      }
    }
    // Not every contributor reports, so the sum is a floor.
    let summed = Observation(
      value: Quantity(sum, .atLeast), period: .day(newest),
      citations: currents.flatMap(\.citations),
      note: "sum of \(currents.count) contributors' latest reported figures")
    return MissionTotal(
      figure: ResolvedFigure(current: summed, history: reported.history),
      summedFromContributors: true)
  }
}
