import MSSCore
import Testing

/// Legal but probably wrong: warnings, with the line, column and field path of the entry.
@Suite struct DatasetValidatorTests {
  private func warnings(_ extra: String, files: [String: String] = [:], sources: String? = nil)
    throws -> [Diagnostic]
  {
    var text = minimalDataset(extra)
    if let sources { text = text.replacingOccurrences("sources:\n", with: "sources:\n\(sources)") }
    return try load(text, files: files).get().warnings
  }

  private let article = "The cat sat\non the mat. It was “happy”."

  private let localSource = """
      - id: local
        publisher: Local
        title: A local copy
        date: 2024-10-11
        file: article.txt

    """

  @Test func quoteNotVerbatimInTheLocalSource() throws {
    let found = try warnings(
      """
      totals:
        pledged:
          - value: 1
            date: 2024-10-11
            source: local
            quote: "The dog sat"
          - value: 2
            date: 2024-10-11
            source: local
            quote: "It was \\"happy\\""
          - value: 3
            date: 2024-10-11
            source: local
            quote: "cat sat on   the mat."
          - value: 4
            date: 2024-10-11
            source: local
            summary: "A dog, in the author's words."
      """, files: ["article.txt": article], sources: localSource)
    #expect(
      found.map(\.description) == [
        "test.yaml:19:15: warning: totals.pledged[0].quote: quote not found verbatim in article.txt: \"The dog sat\"",
        "test.yaml:23:15: warning: totals.pledged[1].quote: quote not found verbatim in article.txt: \"It was \"happy\"\"",
      ])
  }

  @Test func unreadableLocalSource() throws {
    let found = try warnings("", sources: localSource)
    #expect(
      found.map(\.description) == [
        "test.yaml:10:11: warning: sources[0].file: local source 'article.txt' cannot be read"
      ])
  }

  @Test func unknownSourceID() throws {
    let found = try warnings(
      """
      events:
        - id: e
          date: 2024-10-11
          title: T
          category: mandate
          source: nowhere
          quote: q
      """)
    #expect(
      found.map(\.description) == [
        "test.yaml:15:13: warning: events[0].source: unknown source id 'nowhere'"
      ])
  }

  @Test func duplicateIDs() throws {
    let found = try warnings(
      """
      contributors:
        - {id: KE, name: Kenya}
        - {id: KE, name: Kenya again}
      metrics:
        - {id: m, name: M, observations: []}
        - {id: m, name: M2, observations: []}
      events:
        - {id: e, date: 2024, title: T, category: mandate, source: src, quote: q}
        - {id: e, date: 2024, title: T, category: mandate, source: src, quote: q}
      """, sources: "  - {id: src, publisher: P, title: T}\n")
    #expect(
      found.map(\.message) == [
        "duplicate source id 'src'", "duplicate contributor id 'KE'", "duplicate metric id 'm'",
        "duplicate event id 'e'",
      ])
    #expect(found.map(\.path) == ["sources", "contributors", "metrics", "events"])
    #expect(found.map(\.line) == [7, 13, 16, 19])
  }

  @Test func deployedAbovePledged() throws {
    let found = try warnings(
      """
      contributors:
        - id: JM
          name: Jamaica
          pledged:
            - {value: 200, date: 2024, source: src, quote: q}
          deployed:
            - {value: 24, date: 2024-09-12, source: src, quote: q}
            - {value: about 250, date: 2024-12, source: src, quote: q}
      """)
    #expect(
      found.map(\.description) == [
        "test.yaml:17:9: warning: contributors[0].deployed: Jamaica: deployed about 250 is above the largest pledge, 200"
      ])
  }

  @Test func datesOutOfRange() throws {
    let found = try warnings(
      """
      totals:
        pledged:
          - {value: 1, date: 1999-12-31, source: src, quote: q}
          - {value: 1, date: 2024/2101, source: src, quote: q}
      """)
    #expect(
      found.map(\.message) == [
        "date 1999-12-31 is outside 2000–2100", "date 2024/2101 is outside 2000–2100",
      ])
    #expect(found.map(\.path) == ["totals.pledged[0].date", "totals.pledged[1].date"])
  }

  @Test func relativeDateMismatch() throws {
    let found = try warnings(
      """
      metrics:
        - id: killed
          name: Killed
          observations:
            - value: at least 115
              relative: last week
              date: 2024-10
              source: src
              quote: q
      """)
    #expect(
      found.map(\.description) == [
        "test.yaml:14:9: warning: metrics[0].observations[0].date: 'last week' from 2024-10-11 means 2024-09-30/2024-10-06, not 2024-10"
      ])
  }

  @Test func unknownFields() throws {
    let found = try warnings(
      """
      colour: blue
      contributors:
        - id: KE
          name: Kenya
          pledges: []
          deployed:
            - {value: 1, date: 2024, source: src, quote: q, qualifer: about}
      """)
    #expect(
      found.map(\.description) == [
        "test.yaml:10:9: warning: colour: unknown field 'colour' is ignored",
        "test.yaml:14:14: warning: contributors[0].pledges: unknown field 'pledges' is ignored",
        "test.yaml:16:65: warning: contributors[0].deployed[0].qualifer: unknown field 'qualifer' is ignored",
      ])
  }

  @Test func leadMustBeAContributor() throws {
    let found = try warnings("lead: XX")
    #expect(
      found.map(\.description) == ["test.yaml: warning: lead: lead 'XX' is not a contributor id"])
  }

  @Test func cleanDatasetsHaveNoWarnings() throws {
    #expect(try warnings("").isEmpty)
  }
}

@Suite struct QuoteMatcherTests {
  @Test func whiteSpaceRunsFoldButNothingElse() {
    let text = "At least 10 countries have promised\nto send  a total of about 2,900 troops."
    #expect(QuoteMatcher.contains(text, quote: "promised to send a total"))
    #expect(QuoteMatcher.contains(text, quote: "  promised\tto send "))
    #expect(!QuoteMatcher.contains(text, quote: "promised to send about 2,900"))
    #expect(!QuoteMatcher.contains(text, quote: "At Least 10"))
    #expect(!QuoteMatcher.contains(text, quote: ""))
    #expect(!QuoteMatcher.contains(text, quote: "   "))
  }

  @Test func curlyAndStraightApostrophesDiffer() {
    let text = "one of the country’s deadliest attacks"
    #expect(QuoteMatcher.contains(text, quote: "country’s deadliest"))
    #expect(!QuoteMatcher.contains(text, quote: "country's deadliest"))
  }
}
