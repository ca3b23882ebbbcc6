import MSSCore
import Testing

/// What a valid dataset turns into.
@Suite struct LoaderTests {
  @Test func aCompleteSmallDataset() throws {
    let text = minimalDataset(
      """
      lead: KE
      as_of: 2024-10-11
      description: Free text for people.
      contributors:
        - id: KE
          name: Kenya
          note: Lead nation.
          pledged:
            - value: 1,000
              date: 2023-07-29
              source: src
              quote: a thousand
          planned:
            - value: 600
              relative: next month
              citations:
                - source: src
                  quote: six hundred
                - source: src
                  summary: In training.
      metrics:
        - id: share
          name: Share hungry
          unit: share
          observations:
            - value: nearly 50%
              date: 2024-Q3
              published: 2024-10
              note: nearly half
              source: src
              quote: half
      events:
        - id: visit
          date: 2024-10-11
          title: A visit
          category: diplomacy
          published: 2024-10-12
          source: src
          quote: visit
      """)
    let loaded = try load(text).get()
    #expect(loaded.warnings.isEmpty)
    let data = loaded.dataset
    #expect(data.schema == 1)
    #expect(data.id == "test")
    #expect(data.lead == "KE")
    #expect(data.asOf == (try day(2024, 10, 11)))
    #expect(data.origin == "test.yaml")
    let kenya = try data.contributor("KE")
    #expect(kenya.note == "Lead nation.")
    #expect(kenya.pledged.first?.value == Quantity(1000))
    let planned = try #require(kenya.planned.first)
    #expect(planned.period.description == "2024-11", "next month from the source's date")
    #expect(planned.relative == "next month")
    #expect(planned.citations.map(\.isVerbatim) == [true, false])
    #expect(planned.citations.map(\.quote) == ["six hundred", "In training."])
    let share = try #require(try data.metric("share").observations.first)
    #expect(share.value == Quantity(0.5, .nearly, unit: .share))
    #expect(share.period.precision == .quarter)
    #expect(share.publication?.description == "2024-10")
    #expect(share.published == (try day(2024, 10, 31)), "known from the month's last day")
    #expect(share.note == "nearly half")
    let visit = try data.event("visit")
    #expect(visit.category == .diplomacy)
    #expect(visit.published == (try day(2024, 10, 12)))
    #expect(visit.publication == .day(try day(2024, 10, 12)))
    #expect(try data.metric("share").short == "Share hungry", "short defaults to the name")
  }

  @Test func locationsPointAtEachEntry() throws {
    let text = minimalDataset(
      """
      contributors:
        - id: KE
          name: Kenya
          deployed:
            - value: 400
              date: 2024-07-16
              source: src
              quote: q
      """)
    let kenya = try #require(try load(text).get().dataset.contributors.first)
    #expect(kenya.location == MSSCore.SourceLocation(file: "test.yaml", line: 11, column: 5))
    let deployed = try #require(kenya.deployed.first)
    #expect(deployed.location?.line == 14)
    #expect(deployed.citations.first?.location?.line == 16)
  }

  @Test func aSeparateQualifierField() throws {
    let text = minimalDataset(
      """
      totals:
        deployed:
          - value: 430
            qualifier: about
            date: 2024-10-11
            source: src
            quote: q
          - value: at least 115
            qualifier: at_least
            date: 2024-10-11
            source: src
            quote: q
      """)
    let deployed = try load(text).get().dataset.totals.deployed
    #expect(deployed.map(\.value) == [Quantity(430, .about), Quantity(115, .atLeast)])
  }

  @Test func jsonIsAccepted() throws {
    let json = """
      {"schema": 1, "id": "j", "title": "J", "mission": "M",
       "sources": [{"id": "s", "publisher": "P", "title": "T", "date": "2024-10-11"}],
       "totals": {"pledged": [{"value": "about 2,900", "date": "2024-10-11",
                               "source": "s", "quote": "q"}]}}
      """
    let data = try load(json).get().dataset
    #expect(data.totals.pledged.first?.value == Quantity(2900, .about))
  }

  @Test func yamlNumbersAreReadAsWritten() throws {
    let text = minimalDataset(
      """
      totals:
        pledged:
          - {value: 2900, date: 2024-10-11, source: src, quote: q}
          - {value: 2_900, date: 2024, source: src, quote: q}
      """)
    let pledged = try load(text).get().dataset.totals.pledged
    #expect(pledged.map(\.value.value) == [2900, 2900])
  }

  @Test func loadingFromDiskResolvesLocalSourcesBesideTheFile() throws {
    let loaded = try DatasetLoader.load(path: Repository.path("seeds/mss-seed.yaml")).get()
    let source = try #require(loaded.dataset.sources.first)
    #expect(source.isLocal)
    #expect(source.text == (try Repository.text("seeds/000_b47f0ab57ea92bef.txt")))
    #expect(loaded.warnings.isEmpty)
  }

  @Test func fileProblemsNameTheFile() {
    let missing = DatasetLoader.load(path: "/nonexistent/data.yaml")
    #expect(missing.failureDescription == "/nonexistent/data.yaml: error: no such file")
    let directory = DatasetLoader.load(path: Repository.path("seeds"))
    #expect(
      directory.failureDescription?.hasSuffix("error: is a directory, not a dataset file") == true)
  }
}
