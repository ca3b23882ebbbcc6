import Foundation
import MSSCore
import Testing

@testable import MSSView

@Suite struct SnapshotJSONTests {
  /// What a Swift tool reading the snapshot would use.
  static var decoder: JSONDecoder {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return decoder
  }

  /// Every bundled dataset at the seed's date and at a fixed later date, plus a dataset with
  /// conflicts between sources.
  static func cases() throws -> [(String, Dataset, Day)] {
    var cases: [(String, Dataset, Day)] = []
    for bundled in BundledDataset.allCases {
      let dataset = try SnapshotFixtures.bundled(bundled)
      for day in [SnapshotFixtures.seedDay, SnapshotFixtures.laterDay] {
        cases.append(("\(bundled.rawValue)@\(day)", dataset, day))
      }
    }
    cases.append(("conflicts", SnapshotFixtures.conflicting, SnapshotFixtures.seedDay))
    return cases
  }

  static func document(_ dataset: Dataset, _ day: Day, panel: PanelID? = nil) throws
    -> SnapshotDocument
  {
    let model = SnapshotFixtures.model(dataset, asOf: day)
    let json = SnapshotWriter.render(
      model, format: .json, width: 100, height: 30, panel: panel, theme: DefaultThemes.dark)
    return try Self.decoder.decode(SnapshotDocument.self, from: Data(json.utf8))
  }

  @Test func everyFigureRoundTrips() throws {
    for (name, dataset, day) in try Self.cases() {
      let state = MissionState(dataset: dataset, asOf: day)
      let document = try Self.document(dataset, day)
      let comment = Comment(rawValue: name)
      #expect(document.schemaVersion == SnapshotDocument.currentSchemaVersion, comment)
      #expect(document.asOf == day.description, comment)
      #expect(document.dataset.id == dataset.id, comment)

      let totals = try #require(document.totals, comment)
      expect(totals.pledged, state.pledged.figure, name)
      expect(totals.deployed, state.deployed.figure, name)
      expect(totals.countries, state.countries, name)
      #expect(totals.pledgedSummedFromContributors == state.pledged.summedFromContributors, comment)

      let contributors = try #require(document.contributors, comment)
      #expect(contributors.map(\.id) == state.contributors.map(\.id), comment)
      for (decoded, status) in zip(contributors, state.contributors) {
        expect(decoded.pledged, status.pledged, "\(name) \(status.id)")
        expect(decoded.deployed, status.deployed, "\(name) \(status.id)")
        #expect(decoded.ratio?.value == status.ratio, comment)
        #expect(decoded.planned.count == status.planned.count, comment)
        for (figure, observation) in zip(decoded.planned, status.planned) {
          expect(figure, observation, "\(name) \(status.id) planned")
        }
      }

      let metrics = try #require(document.metrics, comment)
      #expect(metrics.map(\.id) == state.metrics.map(\.id), comment)
      for (decoded, status) in zip(metrics, state.metrics) {
        expect(decoded.figure, status.figure, "\(name) \(status.id)")
        #expect(decoded.history.count == status.figure.history.count, comment)
      }

      let events = try #require(document.events, comment)
      #expect(events.past.map(\.id) == state.pastEvents.map(\.id), comment)
      #expect(events.upcoming.map(\.id) == state.upcomingEvents.map(\.id), comment)
      for (decoded, event) in zip(
        events.past + events.upcoming, state.pastEvents + state.upcomingEvents)
      {
        #expect(try DateSpec.parse(decoded.date).get() == event.date, comment)
        #expect(EventCategory(rawValue: decoded.category) == event.category, comment)
      }

      let derived = try #require(document.derived, comment)
      expect(derived.deploymentRatio, state.derived.deploymentRatio, name)
      expect(derived.shortfall, state.derived.shortfall, name)
      expect(derived.leadShare, state.derived.leadShare, name)
      expect(derived.projected, state.derived.projected, name)
      expect(derived.projectedRatio, state.derived.projectedRatio, name)

      let conflicts = try #require(document.conflicts, comment)
      #expect(conflicts.map(\.label) == state.conflicts.map(\.label), comment)
      for (decoded, conflict) in zip(conflicts, state.conflicts) {
        if let current = conflict.figure.current { expect(decoded.current, current, name) }
        #expect(decoded.conflicting.count == conflict.figure.conflicts.count, comment)
        for (figure, observation) in zip(decoded.conflicting, conflict.figure.conflicts) {
          expect(figure, observation, "\(name) \(conflict.label)")
        }
      }
    }
  }

  @Test func theConflictDatasetHasConflictsInTheDocument() throws {
    let document = try Self.document(SnapshotFixtures.conflicting, SnapshotFixtures.seedDay)
    let labels = document.conflicts?.map(\.label) ?? []
    #expect(labels.contains("Kenya pledged"))
    #expect(labels.contains("People displaced"))
    let kenya = document.contributors?.first { $0.id == "KE" }
    #expect(kenya?.pledged?.conflicts.count == 1)
    #expect(kenya?.pledged?.sources.first?.quote.isEmpty == false)
  }

  @Test func unknownFiguresAreExplicitNulls() throws {
    let model = SnapshotFixtures.model(
      try SnapshotFixtures.bundled(.seed), asOf: SnapshotFixtures.seedDay)
    let json = SnapshotWriter.render(
      model, format: .json, width: 100, height: 30, theme: DefaultThemes.dark)
    // The seed article gives Kenya's deployment but not its pledge.
    #expect(json.contains("\"pledged\" : null"))
    #expect(json.contains("\"schema_version\" : 1"))
    #expect(json.contains("\"as_of\" : \"2024-10-11\""))
  }

  @Test func datasetTextIsSanitized() throws {
    let document = try Self.document(SnapshotFixtures.conflicting, SnapshotFixtures.seedDay)
    let hostile = document.contributors?.first { $0.id == "XX" }
    #expect(hostile?.name == "Evil | Co \u{FFFD}[31m*red*")
  }

  @Test func aPanelKeepsOnlyItsSections() throws {
    let dataset = try SnapshotFixtures.bundled(.seed)
    let humanitarian = try Self.document(dataset, SnapshotFixtures.seedDay, panel: .humanitarian)
    #expect(humanitarian.panel == "humanitarian")
    #expect(humanitarian.metrics != nil)
    #expect(
      humanitarian.contributors == nil && humanitarian.totals == nil && humanitarian.events == nil)
    let pledges = try Self.document(dataset, SnapshotFixtures.seedDay, panel: .pledges)
    #expect(pledges.contributors != nil && pledges.totals != nil && pledges.derived != nil)
    #expect(pledges.metrics == nil)
  }

  // MARK: - Comparing decoded figures with the model

  func expect(
    _ decoded: SnapshotDocument.Figure?, _ figure: ResolvedFigure, _ name: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    guard let current = figure.current else {
      #expect(decoded == nil, "\(name): figure should be null", sourceLocation: sourceLocation)
      return
    }
    guard let decoded else {
      Issue.record("\(name): figure missing", sourceLocation: sourceLocation)
      return
    }
    expect(decoded, current, name, sourceLocation: sourceLocation)
    #expect(
      decoded.conflicts.count == figure.conflicts.count, "\(name)", sourceLocation: sourceLocation)
    for (other, observation) in zip(decoded.conflicts, figure.conflicts) {
      expect(other, observation, "\(name) conflict", sourceLocation: sourceLocation)
    }
    #expect(
      decoded.corroborations.count == figure.corroborations.count, "\(name)",
      sourceLocation: sourceLocation)
  }

  func expect(
    _ decoded: SnapshotDocument.Figure, _ observation: Observation, _ name: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let comment = Comment(rawValue: name)
    #expect(decoded.value == observation.value.value, comment, sourceLocation: sourceLocation)
    #expect(
      Qualifier(rawValue: decoded.qualifier) == observation.value.qualifier, comment,
      sourceLocation: sourceLocation)
    #expect(
      QuantityUnit(rawValue: decoded.unit) == observation.value.unit, comment,
      sourceLocation: sourceLocation)
    #expect(
      (try? DateSpec.parse(decoded.period).get()) == observation.period, comment,
      sourceLocation: sourceLocation)
    #expect(
      decoded.published == observation.published?.description, comment,
      sourceLocation: sourceLocation)
    #expect(
      decoded.sources.map(\.id) == observation.citations.map(\.sourceID), comment,
      sourceLocation: sourceLocation)
  }

  func expect(
    _ decoded: SnapshotDocument.DerivedValue?, _ derived: DerivedFigures.Derived?, _ name: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    #expect(decoded?.value == derived?.value, "\(name)", sourceLocation: sourceLocation)
    #expect(
      decoded.flatMap { Qualifier(rawValue: $0.qualifier) } == derived?.qualifier, "\(name)",
      sourceLocation: sourceLocation)
  }
}
