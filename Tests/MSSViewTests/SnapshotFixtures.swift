import MSSCore

@testable import MSSView

/// Datasets and models the snapshot tests share.
enum SnapshotFixtures {
  static let today = day("2026-01-15")
  static let seedDay = day("2024-10-11")
  /// A fixed later date, so the tests do not change meaning as time passes.
  static let laterDay = day("2025-06-30")

  static func day(_ text: String) -> Day {
    Day.parse(text) ?? Day(ordinal: 0)
  }

  static func bundled(_ dataset: BundledDataset) throws -> Dataset {
    try dataset.load().get().dataset
  }

  static func model(_ dataset: Dataset, asOf: Day) -> AppModel {
    AppModel(dataset: dataset, asOf: asOf, today: today)
  }

  /// A name that tries to break a Markdown table and colour the terminal.
  static let hostileName = "Evil | Co \u{1B}[31m*red*"

  /// Two sources that disagree on a pledge and a metric, and a contributor with a hostile name.
  static var conflicting: Dataset {
    let date = day("2024-10-11")
    let period = DateSpec.day(date)
    let reuters = Source(
      id: "reuters", publisher: "Reuters", title: "Kenya to send more police", date: date,
      url: "https://example.com/reuters")
    let wire = Source(
      id: "wire", publisher: "Wire | Service", title: "A `different` count", date: date,
      url: "https://example.com/wire")
    func observation(_ value: Double, _ qualifier: Qualifier, _ source: String) -> Observation {
      Observation(
        value: Quantity(value, qualifier), period: period,
        citations: [Citation(sourceID: source, quote: "said \(value) [sic] | yes")])
    }
    let kenya = Contributor(
      id: "KE", name: "Kenya",
      pledged: [observation(1000, .atLeast, "reuters"), observation(1200, .exact, "wire")],
      deployed: [observation(400, .nearly, "reuters")],
      planned: [
        Observation(
          value: Quantity(600), period: DateSpec(.month(year: 2024, month: 11)),
          citations: [Citation(sourceID: "reuters", quote: "600 more next month")])
      ])
    let hostile = Contributor(
      id: "XX", name: hostileName, pledged: [observation(50, .about, "wire")],
      deployed: [observation(10, .exact, "wire")])
    let displaced = Metric(
      id: "displaced", name: "People displaced",
      observations: [observation(700_000, .over, "reuters"), observation(578_074, .exact, "wire")])
    let event = Event(
      id: "ev", date: DateSpec(.month(year: 2024, month: 6)), title: "Mission <b>begins</b> #1",
      category: .deployment, citations: [Citation(sourceID: "reuters", quote: "got under way")])
    let upcoming = Event(
      id: "due", date: DateSpec(.month(year: 2024, month: 11)), title: "600 more due",
      category: .deployment, published: date,
      citations: [Citation(sourceID: "reuters", quote: "next month")])
    return Dataset(
      id: "conflicts", title: "Conflict test", mission: "MSS", lead: "KE", asOf: date,
      sources: [reuters, wire], contributors: [kenya, hostile],
      totals: MissionTotals(
        pledged: [observation(2900, .about, "reuters")],
        deployed: [observation(430, .about, "reuters")]),
      metrics: [displaced], events: [event, upcoming], origin: "test")
  }

  /// Every SGR parameter list in `text`, one array per escape sequence.
  static func sgrParameters(_ text: String) -> [[String]] {
    var result: [[String]] = []
    var rest = Substring(text)
    while let start = rest.range(of: "\u{1B}[") {
      rest = rest[start.upperBound...]
      guard let end = rest.firstIndex(of: "m") else { break }
      result.append(
        rest[..<end].split(separator: ";", omittingEmptySubsequences: false).map(String.init))
      rest = rest[rest.index(after: end)...]
    }
    return result
  }
}
