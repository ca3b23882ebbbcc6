/// A country that pledged personnel to the mission.
public struct Contributor: Hashable, Sendable, Identifiable {
  public let id: String
  public let name: String
  /// Pledges over time (the latest known one counts).
  public let pledged: Series
  /// Reported totals on the ground.
  public let deployed: Series
  /// Contingents as they arrived.
  public let arrivals: Series
  /// Announced reinforcements, dated when they are expected; kept apart from deployments.
  public let planned: Series
  public let note: String?
  public let location: SourceLocation?

  public init(
    id: String, name: String, pledged: Series = [], deployed: Series = [], arrivals: Series = [],
    planned: Series = [], note: String? = nil, location: SourceLocation? = nil
  ) {
    self.id = id
    self.name = name
    self.pledged = pledged
    self.deployed = deployed
    self.arrivals = arrivals
    self.planned = planned
    self.note = note
    self.location = location
  }
}

/// Mission-wide figures as sources report them (not summed from contributors).
public struct MissionTotals: Hashable, Sendable {
  public let pledged: Series
  public let deployed: Series
  /// How many countries pledged.
  public let countries: Series

  public init(pledged: Series = [], deployed: Series = [], countries: Series = []) {
    self.pledged = pledged
    self.deployed = deployed
    self.countries = countries
  }
}

/// A humanitarian or security figure tracked over time: displaced people, people killed, …
public struct Metric: Hashable, Sendable, Identifiable {
  public let id: String
  public let name: String
  /// A short label for narrow tiles.
  public let short: String
  public let observations: Series
  public let location: SourceLocation?

  public init(
    id: String, name: String, short: String? = nil, observations: Series,
    location: SourceLocation? = nil
  ) {
    self.id = id
    self.name = name
    self.short = short ?? name
    self.observations = observations
    self.location = location
  }
}

/// What kind of thing happened; each has its own colour on screen.
public enum EventCategory: String, CaseIterable, Sendable, Codable {
  case mandate
  case deployment
  case violence
  case diplomacy
  case humanitarian
  case funding
}

/// A dated event on the timeline.
public struct Event: Hashable, Sendable, Identifiable {
  public let id: String
  public let date: DateSpec
  public let title: String
  public let category: EventCategory
  /// The day from which the event counts as known, if it differs from the source's date.
  public let published: Day?
  /// When it was made public, at the precision known; see `Observation.publication`.
  public let publication: DateSpec?
  public let citations: [Citation]
  public let relative: String?
  public let location: SourceLocation?

  public init(
    id: String, date: DateSpec, title: String, category: EventCategory, published: Day? = nil,
    publication: DateSpec? = nil, citations: [Citation], relative: String? = nil,
    location: SourceLocation? = nil
  ) {
    self.id = id
    self.date = date
    self.title = title
    self.category = category
    self.published = published ?? publication?.end
    self.publication = publication ?? published.map(DateSpec.day)
    self.citations = citations
    self.relative = relative
    self.location = location
  }
}

/// A whole dataset as loaded from one file.
public struct Dataset: Hashable, Sendable {
  public static let supportedSchema = 1

  public let schema: Int
  public let id: String
  public let title: String
  public let mission: String
  /// The lead nation's contributor id.
  public let lead: String?
  /// The date the dataset opens on when none is asked for (a snapshot's own date).
  public let asOf: Day?
  public let sources: [Source]
  public let contributors: [Contributor]
  public let totals: MissionTotals
  public let metrics: [Metric]
  public let events: [Event]
  /// Where it was loaded from: a path, a URL or `builtin:NAME`.
  public let origin: String

  public init(
    schema: Int = Dataset.supportedSchema, id: String, title: String, mission: String,
    lead: String? = nil, asOf: Day? = nil, sources: [Source], contributors: [Contributor],
    totals: MissionTotals = MissionTotals(), metrics: [Metric] = [], events: [Event] = [],
    origin: String
  ) {
    self.schema = schema
    self.id = id
    self.title = title
    self.mission = mission
    self.lead = lead
    self.asOf = asOf
    self.sources = sources
    self.contributors = contributors
    self.totals = totals
    self.metrics = metrics
    self.events = events
    self.origin = origin
  }

  public func source(_ id: String) -> Source? { sources.first { $0.id == id } }
}
