// Synthesized Codable leaves out nil properties. Tools reading the document are simpler when
// every key of a figure is always there, so types with optional fields write them as explicit
// nulls. Decoding stays synthesized (it reads a null as nil). Each encoder sits in the file of
// its type because the synthesized CodingKeys are private to that file.

extension SnapshotDocument {
  public struct Totals: Codable, Equatable, Sendable {
    public var pledged: Figure?
    /// True when `pledged` is the sum of contributors' newer reports, not a reported total.
    public var pledgedSummedFromContributors: Bool
    public var deployed: Figure?
    public var deployedSummedFromContributors: Bool
    public var countries: Figure?

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(pledged, forKey: .pledged)
      try container.encode(pledgedSummedFromContributors, forKey: .pledgedSummedFromContributors)
      try container.encode(deployed, forKey: .deployed)
      try container.encode(deployedSummedFromContributors, forKey: .deployedSummedFromContributors)
      try container.encode(countries, forKey: .countries)
    }
  }

  public struct Contributor: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var lead: Bool
    public var pledged: Figure?
    public var deployed: Figure?
    /// Deployed over pledged, when both are known.
    public var ratio: DerivedValue?
    /// Contingents known to have arrived, oldest first.
    public var arrivals: [Figure]
    /// Announced reinforcements not yet due; kept apart from deployments.
    public var planned: [Figure]

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(name, forKey: .name)
      try container.encode(lead, forKey: .lead)
      try container.encode(pledged, forKey: .pledged)
      try container.encode(deployed, forKey: .deployed)
      try container.encode(ratio, forKey: .ratio)
      try container.encode(arrivals, forKey: .arrivals)
      try container.encode(planned, forKey: .planned)
    }
  }

  public struct Derived: Codable, Equatable, Sendable {
    public var deploymentRatio: DerivedValue?
    public var shortfall: DerivedValue?
    public var leadShare: DerivedValue?
    public var projected: DerivedValue?
    public var projectedRatio: DerivedValue?

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(deploymentRatio, forKey: .deploymentRatio)
      try container.encode(shortfall, forKey: .shortfall)
      try container.encode(leadShare, forKey: .leadShare)
      try container.encode(projected, forKey: .projected)
      try container.encode(projectedRatio, forKey: .projectedRatio)
    }
  }

  public struct Metric: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var short: String
    public var figure: Figure
    /// Every observation known on the as-of date, oldest first (for sparklines).
    public var history: [Figure]
  }

  public struct Events: Codable, Equatable, Sendable {
    /// Known and already happened, oldest first.
    public var past: [Event]
    /// Known but dated after the as-of date: plans and deadlines.
    public var upcoming: [Event]
  }

  public struct Event: Codable, Equatable, Sendable {
    public var id: String
    /// The date in canonical form, as for figures' periods.
    public var date: String
    public var dateText: String
    public var title: String
    /// mandate, deployment, violence, diplomacy, humanitarian or funding.
    public var category: String
    public var published: String?
    public var relative: String?
    public var sources: [CitedSource]

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(date, forKey: .date)
      try container.encode(dateText, forKey: .dateText)
      try container.encode(title, forKey: .title)
      try container.encode(category, forKey: .category)
      try container.encode(published, forKey: .published)
      try container.encode(relative, forKey: .relative)
      try container.encode(sources, forKey: .sources)
    }
  }

  /// A figure whose sources disagree: the value the resolution picked and the others.
  public struct Conflict: Codable, Equatable, Sendable {
    public var label: String
    public var current: Figure
    public var conflicting: [Figure]
  }

  public struct SourceInfo: Codable, Equatable, Sendable {
    public var id: String
    public var publisher: String
    public var title: String
    public var date: String?
    public var url: String?
    /// A local copy, relative to the dataset file.
    public var file: String?

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(publisher, forKey: .publisher)
      try container.encode(title, forKey: .title)
      try container.encode(date, forKey: .date)
      try container.encode(url, forKey: .url)
      try container.encode(file, forKey: .file)
    }
  }
}
