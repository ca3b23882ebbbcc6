import MSSCore
import Testing

/// "Latest observation on or before the as-of date", and what counts as a conflict.
@Suite struct ChronologyTests {
  private let sources = [
    Source(id: "un", publisher: "UN", title: "T", date: Day(year: 2024, month: 10, day: 4)),
    Source(id: "ap", publisher: "AP", title: "T", date: Day(year: 2024, month: 10, day: 9)),
    Source(id: "undated", publisher: "U", title: "T"),
  ]

  private var chronology: Chronology { Chronology(dataset: dataset(sources: sources)) }

  @Test func knownDates() throws {
    let dated = try observation(70, .atLeast, "2024-10-03", source: "un")
    #expect(chronology.knownDate(dated) == (try day(2024, 10, 4)), "the source's date")
    let undated = try observation(1, "2024-Q3", source: "undated")
    #expect(chronology.knownDate(undated) == (try day(2024, 9, 30)), "the end of its period")
    let published = try observation(1, "2024-Q3", source: "un", published: day(2024, 10, 29))
    #expect(chronology.knownDate(published) == (try day(2024, 10, 29)), "its own publication")
  }

  @Test func effectiveDateIsNoLaterThanPublication() throws {
    let projection = try observation(
      5_410_000, "2024-08/2025-02", source: "undated", published: day(2024, 9, 30))
    #expect(chronology.effectiveDate(projection) == (try day(2024, 9, 30)))
    let count = try observation(1, "2024-Q2", source: "un")
    #expect(chronology.effectiveDate(count) == (try day(2024, 6, 30)))
  }

  @Test func monthPrecisionPublicationCountsFromTheMonthsEnd() throws {
    let quarter = Observation(
      value: Quantity(1223), period: try spec("2024-Q3"), publication: try spec("2024-10"),
      citations: [Citation(sourceID: "undated", quote: "q")])
    #expect(quarter.published == (try day(2024, 10, 31)))
    #expect(chronology.resolve([quarter], asOf: try day(2024, 10, 30)).current == nil)
    #expect(chronology.resolve([quarter], asOf: try day(2024, 10, 31)).current == quarter)
  }

  @Test func nothingFromTheFuture() throws {
    let series = [
      try observation(100, "2024-01", source: "undated"),
      try observation(200, "2024-10-03", source: "ap"),
    ]
    let figure = chronology.resolve(series, asOf: try day(2024, 10, 8))
    #expect(figure.current?.value == Quantity(100))
    #expect(figure.history.count == 1)
    #expect(chronology.resolve(series, asOf: try day(2023, 12, 31)) == .none)
  }

  /// The Pont-Sondé toll: at least 70 per the U.N. (4 Oct), 115 per the mayor (9 Oct).
  @Test func conflictsAreKeptNotMerged() throws {
    let un = try observation(70, .atLeast, "2024-10-03", source: "un")
    let mayor = try observation(115, "2024-10-03", source: "ap")
    let figure = chronology.resolve([un, mayor], asOf: try day(2024, 10, 9))
    #expect(figure.current == mayor)
    #expect(figure.conflicts == [un])
    #expect(figure.corroborations.isEmpty)
    #expect(figure.isConflicted)
    #expect(figure.history == [un, mayor])
    let before = chronology.resolve([un, mayor], asOf: try day(2024, 10, 8))
    #expect(before.current == un)
    #expect(!before.isConflicted)
  }

  @Test func agreeingSourcesCorroborate() throws {
    let precise = try observation(702_973, "2024-09", source: "un")
    let rounded = try observation(700_000, .over, "2024-09-30", source: "ap")
    let figure = chronology.resolve([precise, rounded], asOf: try day(2024, 10, 11))
    #expect(figure.current == rounded)
    #expect(figure.corroborations == [precise])
    #expect(figure.conflicts.isEmpty)
  }

  @Test func differentPeriodsNeverConflict() throws {
    let july = try observation(400, "2024-07-16", source: "un")
    let october = try observation(430, .about, "2024-10-11", source: "ap")
    let figure = chronology.resolve([july, october], asOf: try day(2024, 10, 11))
    #expect(figure.current == october)
    #expect(figure.conflicts.isEmpty)
    #expect(figure.corroborations.isEmpty)
  }

  @Test func tiesGoToTheLaterLineOfTheFile() throws {
    let first = try observation(800, "2025-02-06", source: "undated")
    let second = try observation(744, "2025-02-06", source: "undated")
    #expect(chronology.resolve([first, second], asOf: try day(2025, 3, 1)).current == second)
    #expect(chronology.resolve([second, first], asOf: try day(2025, 3, 1)).current == first)
  }

  @Test func orderIsByPeriodThenPublication() throws {
    let late = try observation(3, "2024-06", source: "undated", published: day(2024, 9, 1))
    let early = try observation(4, "2024-07", source: "undated")
    let known = chronology.known([late, early], asOf: try day(2024, 10, 1))
    #expect(known == [late, early])
  }

  /// A series written in date order is used as it is (no copy); any other order, or one with
  /// observations not yet known, gives the same observations in the same order as sorting.
  @Test func fileOrderDoesNotChangeWhatIsKnown() throws {
    let inOrder = [
      try observation(1, "2024-03", source: "undated"),
      try observation(2, "2024-06", source: "undated", published: day(2024, 7, 2)),
      try observation(3, "2024-07", source: "undated"),
      try observation(4, "2024-09", source: "un"),
      try observation(5, "2024-10-08", source: "ap"),
    ]
    let shuffled = [inOrder[3], inOrder[0], inOrder[4], inOrder[2], inOrder[1]]
    for asOf in [
      try day(2024, 5, 1), try day(2024, 7, 1), try day(2024, 10, 5), try day(2025, 1, 1),
    ] {
      let expected = inOrder.filter { chronology.knownDate($0) <= asOf }
      #expect(chronology.known(inOrder, asOf: asOf) == expected, "in order, as of \(asOf)")
      #expect(chronology.known(shuffled, asOf: asOf) == expected, "shuffled, as of \(asOf)")
    }
  }

  /// Arrivals are separate contingents: only different sources for overlapping dates clash.
  @Test func disagreementsInAListOfArrivals() throws {
    let official = try observation(200, "2024-06-25", source: "un")
    let press = try observation(400, "2024-06-25", source: "undated")
    let second = try observation(200, .about, "2024-07-16", source: "un")
    let sameSourceTwice = try observation(75, "2025-01-03", source: "ap")
    let again = try observation(80, "2025-01-03", source: "ap")
    let series = [official, press, second, sameSourceTwice, again]
    let found = chronology.disagreements(in: series, asOf: try day(2025, 2, 1))
    #expect(found.count == 1)
    #expect(found.first?.current == official, "known later (10-04) than the undated report")
    #expect(found.first?.conflicts == [press])
    #expect(chronology.disagreements(in: series, asOf: try day(2024, 6, 30)).isEmpty)
  }
}
