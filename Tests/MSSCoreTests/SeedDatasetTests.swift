import MSSCore
import Testing

/// The seed snapshot states what the Reuters article of 11 October 2024 states, nothing more.
@Suite struct SeedDatasetTests {
  @Test func loadsCleanAndOpensOnTheArticlesDate() throws {
    let loaded = try BundledDataset.seed.loadValidated().get()
    #expect(loaded.warnings.isEmpty)
    #expect(loaded.dataset.asOf == (try day(2024, 10, 11)))
    #expect(loaded.dataset.lead == "KE")
    #expect(loaded.dataset.sources.map(\.id) == ["reuters-2024-10-11"])
  }

  @Test func everyQuoteOccursVerbatimInTheArticle() throws {
    let article = BundledDataset.seedArticle
    let citations = try Bundled.seed().allCitations
    #expect(citations.count == 17)
    for citation in citations {
      #expect(citation.isVerbatim)
      #expect(citation.sourceID == "reuters-2024-10-11")
      // Verbatim as the validator means it: every character, with runs of white space (the
      // article has a few no-break spaces) read as one space.
      #expect(QuoteMatcher.contains(article, quote: citation.quote), "\(citation.quote)")
    }
  }

  @Test func theMissionTotals() throws {
    let totals = try Bundled.seed().totals
    #expect(totals.countries.map(\.value) == [Quantity(10, .atLeast)])
    #expect(totals.pledged.map(\.value) == [Quantity(2900, .about)])
    #expect(totals.deployed.map(\.value) == [Quantity(430, .about)])
    for observation in totals.countries + totals.pledged + totals.deployed {
      #expect(observation.period == .day(try day(2024, 10, 11)))
    }
  }

  @Test func kenya() throws {
    let kenya = try Bundled.seed().contributor("KE")
    #expect(kenya.pledged.isEmpty, "the article gives no Kenyan pledge")
    #expect(kenya.deployed.map(\.value) == [Quantity(400, .nearly)])
    let planned = try #require(kenya.planned.first)
    #expect(planned.value == Quantity(600))
    #expect(planned.period.description == "2024-11")
    #expect(planned.period.precision == .month)
    #expect(planned.relative == "next month")
    #expect(planned.citations.count == 2)
  }

  @Test(arguments: [
    ("displaced", Quantity(700_000, .over), "2024-10-11", nil as String?),
    ("food-insecure", Quantity(5_000_000, .over), "2024-10-11", nil),
    ("food-insecure-share", Quantity(0.5, .nearly, unit: .share), "2024-10-11", nil),
    ("gran-grif-killed", Quantity(115, .atLeast), "2024-09-30/2024-10-06", "last week"),
    ("capital-gang-control", Quantity(0.5, .over, unit: .share), "2024-10-11", nil),
  ])
  func humanitarianFigures(id: String, value: Quantity, period: String, relative: String?) throws {
    let observations = try Bundled.seed().metric(id).observations
    #expect(observations.count == 1)
    let observation = try #require(observations.first)
    #expect(observation.value == value)
    #expect(observation.period.description == period)
    #expect(observation.relative == relative)
  }

  @Test func theAttackLastWeekKeepsItsImprecision() throws {
    let attack = try Bundled.seed().metric("gran-grif-killed").observations.first?.period
    #expect(attack?.isRange == true)
    #expect(attack?.precision == .day)
    #expect(attack?.display() == "30 Sep\u{2013}6 Oct 2024")
  }

  @Test(arguments: [
    ("mss-begins", "2024-06", EventCategory.deployment, nil as String?),
    ("mandate-extended-2024", "2024-09", .mandate, "last month"),
    ("peacekeeping-push-dropped", "2024-09", .diplomacy, "last month"),
    ("gran-grif-attack", "2024-09-30/2024-10-06", .violence, "last week"),
    ("conille-visits-nairobi", "2024-10-11", .diplomacy, "today"),
    ("kenya-600-due", "2024-11", .deployment, "next month"),
  ])
  func events(id: String, date: String, category: EventCategory, relative: String?) throws {
    let event = try Bundled.seed().event(id)
    #expect(event.date.description == date)
    #expect(event.category == category)
    #expect(event.relative == relative)
  }

  @Test func theMandateWasExtendedUnanimouslyAndThePeacekeepingPushDropped() throws {
    let seed = try Bundled.seed()
    #expect(try seed.event("mandate-extended-2024").title.contains("unanimously"))
    #expect(try seed.event("peacekeeping-push-dropped").title.contains("Russian and Chinese"))
    #expect(seed.events.count == 6)
  }

  @Test func asOfTheArticlesDate() throws {
    let seed = try Bundled.seed()
    let state = MissionState(dataset: seed, asOf: try day(2024, 10, 11))
    #expect(state.pledged.figure.value == Quantity(2900, .about))
    #expect(state.deployed.figure.value == Quantity(430, .about))
    #expect(!state.deployed.summedFromContributors)
    #expect(state.countries.value == Quantity(10, .atLeast))
    #expect(state.lead?.deployed.value == Quantity(400, .nearly))
    #expect(state.upcomingEvents.map(\.id) == ["kenya-600-due"])
    #expect(state.conflicts.isEmpty)
  }
}
