import MSSCore
import Testing

/// Where the repository is, found from this file's path so tests run from any directory.
enum Repository {
  static let root: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    // Tests/MSSCoreTests/Support/TestSupport.swift
    parts.removeLast(4)
    return parts.joined(separator: "/")
  }()

  static func path(_ relative: String) -> String { "\(root)/\(relative)" }

  static func text(_ relative: String) throws -> String {
    try FileReader.readText(path: path(relative)).get()
  }
}

/// A calendar day from literal parts; fails the test instead of crashing on a typo.
func day(_ year: Int, _ month: Int, _ day: Int) throws -> Day {
  try #require(Day(year: year, month: month, day: day))
}

/// A date in dataset notation.
func spec(_ text: String) throws -> DateSpec {
  try DateSpec.parse(text).get()
}

/// Loads dataset text held in a test; local sources come from `files`.
func load(_ text: String, files: [String: String] = [:]) -> Result<LoadedDataset, Diagnostic> {
  DatasetLoader(file: "test.yaml") { files[$0] }.load(text: text, origin: "test.yaml")
}

/// The diagnostic a broken dataset must produce; fails the test when it loads.
func loadError(_ text: String) throws -> Diagnostic {
  switch load(text) {
  case .success:
    Issue.record("expected the dataset to be rejected")
    throw LoadedUnexpectedly()
  case .failure(let diagnostic):
    return diagnostic
  }
}

struct LoadedUnexpectedly: Error {}

/// A small valid dataset; `extra` is appended as more top-level YAML.
func minimalDataset(_ extra: String = "") -> String {
  """
  schema: 1
  id: test
  title: Test
  mission: Test mission
  sources:
    - id: src
      publisher: Pub
      title: Title
      date: 2024-10-11
  \(extra)
  """
}

/// An observation for tests of resolution, citing `source` on its own.
func observation(
  _ value: Double, _ qualifier: Qualifier, _ period: String, source: String = "s",
  published: Day? = nil
) throws -> Observation {
  Observation(
    value: Quantity(value, qualifier), period: try spec(period), published: published,
    citations: [Citation(sourceID: source, quote: "q")])
}

/// An exact observation for tests of resolution.
func observation(_ value: Double, _ period: String, source: String = "s", published: Day? = nil)
  throws -> Observation
{
  try observation(value, .exact, period, source: source, published: published)
}

/// A dataset made of series and sources, for resolution tests.
func dataset(
  sources: [Source] = [Source(id: "s", publisher: "P", title: "T")],
  contributors: [Contributor] = [], totals: MissionTotals = MissionTotals(),
  metrics: [Metric] = [], lead: String? = nil
) -> Dataset {
  Dataset(
    id: "t", title: "T", mission: "M", lead: lead, sources: sources, contributors: contributors,
    totals: totals, metrics: metrics, origin: "test")
}

/// The bundled datasets, loaded once per use.
enum Bundled {
  static func history() throws -> Dataset { try BundledDataset.history.load().get().dataset }
  static func seed() throws -> Dataset { try BundledDataset.seed.load().get().dataset }
}

extension Dataset {
  func metric(_ id: String) throws -> Metric {
    try #require(metrics.first { $0.id == id }, "no metric \(id)")
  }

  func contributor(_ id: String) throws -> Contributor {
    try #require(contributors.first { $0.id == id }, "no contributor \(id)")
  }

  func event(_ id: String) throws -> Event {
    try #require(events.first { $0.id == id }, "no event \(id)")
  }
}

extension MissionState {
  func metric(_ id: String) throws -> ResolvedFigure {
    try #require(metrics.first { $0.id == id }, "no metric \(id) on \(asOf)").figure
  }

  func contributor(_ id: String) throws -> ContributorStatus {
    try #require(contributors.first { $0.id == id }, "no contributor \(id) on \(asOf)")
  }
}

extension Dataset {
  /// Every observation, wherever it sits.
  var allObservations: Series {
    contributors.flatMap { $0.pledged + $0.deployed + $0.arrivals + $0.planned }
      + totals.pledged + totals.deployed + totals.countries + metrics.flatMap(\.observations)
  }

  /// Every citation of every observation and event.
  var allCitations: [Citation] {
    allObservations.flatMap(\.citations) + events.flatMap(\.citations)
  }
}

/// What an observation says, without where it stands in its file: for comparing datasets.
struct ObservationContent: Hashable, CustomStringConvertible {
  let value: Quantity
  let period: String
  let published: Day?
  let relative: String?
  let note: String?
  let citations: [String]

  init(_ observation: Observation) {
    value = observation.value
    period = observation.period.description
    published = observation.published
    relative = observation.relative
    note = observation.note
    citations = observation.citations.map { "\($0.sourceID) \($0.isVerbatim): \($0.quote)" }
  }

  var description: String { "\(value.spoken) @ \(period) \(citations)" }
}

/// What an event says, without where it stands in its file.
struct EventContent: Hashable {
  let id: String
  let date: String
  let title: String
  let category: EventCategory
  let relative: String?
  let citations: [String]

  init(_ event: Event) {
    id = event.id
    date = event.date.description
    title = event.title
    category = event.category
    relative = event.relative
    citations = event.citations.map { "\($0.sourceID) \($0.isVerbatim): \($0.quote)" }
  }
}

extension Result where Failure == Diagnostic {
  var failureDescription: String? {
    if case .failure(let diagnostic) = self { return diagnostic.description }
    return nil
  }
}
