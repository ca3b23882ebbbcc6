import MSSCore
import Testing

/// The seed article is dated Friday 11 October 2024; its relative dates resolve against it.
@Suite struct RelativeDateTests {
  private let article = Day(year: 2024, month: 10, day: 11)

  private func resolved(_ phrase: String, on anchor: Day? = nil) throws -> String {
    let anchor = try #require(anchor ?? article)
    return try #require(RelativeDate.resolve(phrase, anchor: anchor)).description
  }

  @Test(arguments: [
    ("today", "2024-10-11"), ("yesterday", "2024-10-10"), ("tomorrow", "2024-10-12"),
    ("this week", "2024-10-07/2024-10-13"), ("last week", "2024-09-30/2024-10-06"),
    ("next week", "2024-10-14/2024-10-20"), ("this month", "2024-10"),
    ("last month", "2024-09"), ("next month", "2024-11"), ("this year", "2024"),
    ("last year", "2023"), ("next year", "2025"),
  ])
  func againstTheArticle(phrase: String, expected: String) throws {
    #expect(try resolved(phrase) == expected)
  }

  @Test func lastWeekKeepsItsImprecision() throws {
    let anchor = try #require(article)
    let lastWeek = try #require(RelativeDate.resolve("last week", anchor: anchor))
    #expect(lastWeek.isRange)
    #expect(lastWeek.precision == .day)
    #expect(lastWeek.display() == "30 Sep\u{2013}6 Oct 2024")
    #expect(RelativeDate.resolve("next month", anchor: anchor)?.precision == .month)
  }

  @Test func everyPhraseIsKnown() throws {
    let anchor = try #require(article)
    for phrase in RelativeDate.phrases {
      #expect(RelativeDate.resolve(phrase, anchor: anchor) != nil, "\(phrase)")
    }
  }

  @Test func weeksRunMondayToSunday() throws {
    #expect(try resolved("last week", on: day(2024, 10, 7)) == "2024-09-30/2024-10-06")
    #expect(try resolved("last week", on: day(2024, 10, 13)) == "2024-09-30/2024-10-06")
    #expect(try resolved("this week", on: day(2024, 12, 31)) == "2024-12-30/2025-01-05")
  }

  @Test func monthsCrossYears() throws {
    #expect(try resolved("last month", on: day(2024, 1, 15)) == "2023-12")
    #expect(try resolved("next month", on: day(2024, 12, 15)) == "2025-01")
  }

  @Test func phrasesIgnoreCaseAndSpaces() throws {
    #expect(try resolved(" Last Week ") == "2024-09-30/2024-10-06")
  }

  @Test func unknownPhrasesAndTheCalendarsEdge() throws {
    let anchor = try #require(article)
    #expect(RelativeDate.resolve("last fortnight", anchor: anchor) == nil)
    #expect(RelativeDate.resolve("", anchor: anchor) == nil)
    #expect(RelativeDate.resolve("last year", anchor: try day(1, 6, 1)) == nil)
    #expect(RelativeDate.resolve("last month", anchor: try day(1, 1, 5)) == nil)
    #expect(RelativeDate.resolve("next year", anchor: try day(9999, 6, 1)) == nil)
  }
}
