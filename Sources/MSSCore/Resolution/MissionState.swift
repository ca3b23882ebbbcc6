/// A contributor as known on the as-of date.
public struct ContributorStatus: Hashable, Sendable, Identifiable {
  public let contributor: Contributor
  public let pledged: ResolvedFigure
  public let deployed: ResolvedFigure
  /// Contingents known to have arrived by the as-of date, oldest first.
  public let arrivals: Series
  /// Announced reinforcements not yet due on the as-of date.
  public let planned: Series
  public let isLead: Bool
  /// Arrivals that sources report differently (200 or 400 in the first contingent).
  public let arrivalConflicts: [ResolvedFigure]

  public var id: String { contributor.id }
  public var name: String { contributor.name }
  public var plannedTotal: Double { planned.reduce(0) { $0 + $1.value.value } }

  /// Deployed over pledged, when both are known.
  public var ratio: Double? {
    guard let deployed = deployed.value?.value, let pledged = pledged.value?.value, pledged > 0
    else {
      return nil
    }
    return deployed / pledged
  }

  public var isConflicted: Bool {
    pledged.isConflicted || deployed.isConflicted || !arrivalConflicts.isEmpty
  }
}

/// A humanitarian figure as known on the as-of date.
public struct MetricStatus: Hashable, Sendable, Identifiable {
  public let metric: Metric
  public let figure: ResolvedFigure
  public var id: String { metric.id }
}

/// A mission-wide total: as a source reported it, or, when the contributors' own reports are
/// newer and larger, their sum (and then marked so).
public struct MissionTotal: Hashable, Sendable {
  public let figure: ResolvedFigure
  /// True when the figure is the sum of contributors' latest reports rather than a reported total.
  public let summedFromContributors: Bool
}

/// The state of the mission as known on one date. Everything the screen shows comes from here.
public struct MissionState: Hashable, Sendable {
  public let dataset: Dataset
  public let asOf: Day
  public let pledged: MissionTotal
  public let deployed: MissionTotal
  public let countries: ResolvedFigure
  /// Contributors with anything known on the as-of date, in dataset order.
  public let contributors: [ContributorStatus]
  public let metrics: [MetricStatus]
  /// Events known and already happened, oldest first.
  public let pastEvents: [Event]
  /// Events known but dated after the as-of date: plans and deadlines.
  public let upcomingEvents: [Event]
  public let derived: DerivedFigures

  public var lead: ContributorStatus? { contributors.first { $0.isLead } }

  /// Every figure that has a conflict, with a label, for the conflict list and reports.
  public var conflicts: [(label: String, figure: ResolvedFigure)] {
    var list: [(String, ResolvedFigure)] = []
    if pledged.figure.isConflicted { list.append(("Pledged (mission)", pledged.figure)) }
    if deployed.figure.isConflicted { list.append(("Deployed (mission)", deployed.figure)) }
    if countries.isConflicted { list.append(("Contributing countries", countries)) }
    for status in contributors {
      if status.pledged.isConflicted { list.append(("\(status.name) pledged", status.pledged)) }
      if status.deployed.isConflicted { list.append(("\(status.name) deployed", status.deployed)) }
      for arrival in status.arrivalConflicts {
        let date = arrival.current?.period.display() ?? ""
        list.append(("\(status.name) arrival, \(date)", arrival))
      }
    }
    for status in metrics where status.figure.isConflicted {
      list.append((status.metric.name, status.figure))
    }
    return list
  }

  public static func == (lhs: MissionState, rhs: MissionState) -> Bool {
    lhs.asOf == rhs.asOf && lhs.dataset == rhs.dataset
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(asOf)
    hasher.combine(dataset.id)
  }
}
