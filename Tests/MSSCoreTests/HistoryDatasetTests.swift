import MSSCore
import Testing

/// The default dataset: the seed snapshot plus sourced history, 2022–2026.
@Suite struct HistoryDatasetTests {
  private let articleDay = Day(year: 2024, month: 10, day: 11)

  private func stateOn(_ year: Int, _ month: Int, _ dayOfMonth: Int) throws -> MissionState {
    MissionState(dataset: try Bundled.history(), asOf: try day(year, month, dayOfMonth))
  }

  @Test func loadsCleanAndOpensOnToday() throws {
    let loaded = try BundledDataset.history.loadValidated().get()
    #expect(loaded.warnings.isEmpty)
    let history = loaded.dataset
    #expect(history.asOf == nil)
    #expect(history.id == "mss-history")
    #expect(history.lead == "KE")
    #expect(history.defaultAsOf(today: try day(2026, 11, 29)) == (try day(2026, 11, 29)))
    #expect(history.contributors.map(\.id) == ["KE", "JM", "BZ", "BS", "GT", "SV", "BJ"])
  }

  /// Every seed entry is in the history dataset, unchanged.
  @Test func containsTheSeedSnapshotUnchanged() throws {
    let seed = try Bundled.seed()
    let history = try Bundled.history()
    for source in seed.sources {
      let copy = try #require(history.source(source.id))
      #expect(copy.publisher == source.publisher)
      #expect(copy.title == source.title)
      #expect(copy.date == source.date)
      #expect(copy.file == source.file)
    }
    func contents(_ series: Series) -> Set<ObservationContent> {
      Set(series.map(ObservationContent.init))
    }
    #expect(contents(seed.totals.countries).isSubset(of: contents(history.totals.countries)))
    #expect(contents(seed.totals.pledged).isSubset(of: contents(history.totals.pledged)))
    #expect(contents(seed.totals.deployed).isSubset(of: contents(history.totals.deployed)))
    for contributor in seed.contributors {
      let copy = try history.contributor(contributor.id)
      #expect(copy.name == contributor.name)
      #expect(copy.note == contributor.note)
      #expect(contents(contributor.deployed).isSubset(of: contents(copy.deployed)))
      #expect(contents(contributor.planned).isSubset(of: contents(copy.planned)))
      #expect(contents(contributor.pledged).isSubset(of: contents(copy.pledged)))
    }
    for metric in seed.metrics {
      let copy = try history.metric(metric.id)
      #expect(copy.name == metric.name)
      #expect(copy.short == metric.short)
      #expect(contents(metric.observations).isSubset(of: contents(copy.observations)))
    }
    let historyEvents = Set(history.events.map(EventContent.init))
    for event in seed.events {
      #expect(historyEvents.contains(EventContent(event)), "\(event.id)")
    }
  }

  /// Quotes are written exactly as the reference notes give them; the seed article's own
  /// quotes are checked against the article.
  @Test func everyQuoteIsVerbatimFromTheNotesOrTheArticle() throws {
    let history = try Bundled.history()
    let local = Set(history.sources.filter(\.isLocal).map(\.id))
    for citation in history.allCitations where citation.isVerbatim {
      if local.contains(citation.sourceID) {
        #expect(QuoteMatcher.contains(BundledDataset.seedArticle, quote: citation.quote))
      } else {
        #expect(ReferenceFacts.text.contains(citation.quote), "\(citation.quote)")
      }
    }
  }

  /// Summaries stand in only where the notes give a source but no sentence to quote.
  @Test func summariesAreFewAndMarked() throws {
    let summaries = try Bundled.history().allCitations.filter { !$0.isVerbatim }
    #expect(
      Set(summaries.map(\.sourceID)) == [
        "nairobinews-2025-01", "anadolu-2025-02", "kenyans-108735", "reuters-metroradio-2025-12-09",
        "254ke-guatemala", "ctninfo-benin", "binuh-2024-q4-report", "worldpopulationreview",
      ])
  }

  @Test func everySourceIsCitedAndHasAPublisherAndTitle() throws {
    let history = try Bundled.history()
    let cited = Set(history.allCitations.map(\.sourceID))
    for source in history.sources {
      #expect(cited.contains(source.id), "\(source.id) is never cited")
      #expect(!source.publisher.isEmpty && !source.title.isEmpty)
    }
  }

  /// As of the article's date the dashboard shows the article's picture.
  @Test func theArticlesPictureOnItsDate() throws {
    let state = try stateOn(2024, 10, 11)
    let article = "reuters-2024-10-11"
    #expect(state.pledged.figure.value == Quantity(2900, .about))
    #expect(state.pledged.figure.current?.primarySourceID == article)
    #expect(!state.pledged.summedFromContributors)
    #expect(state.deployed.figure.value == Quantity(430, .about))
    #expect(state.deployed.figure.current?.primarySourceID == article)
    #expect(!state.deployed.summedFromContributors)
    #expect(state.countries.value == Quantity(10, .atLeast))
    let kenya = try state.contributor("KE")
    #expect(kenya.isLead)
    #expect(kenya.deployed.value == Quantity(400, .nearly))
    #expect(kenya.deployed.current?.primarySourceID == article)
    #expect(kenya.pledged.value == Quantity(1000))
    #expect(kenya.plannedTotal == 600)
    #expect(try state.metric("displaced").value == Quantity(700_000, .over))
    #expect(try state.metric("food-insecure").value == Quantity(5_000_000, .over))
    #expect(try state.metric("food-insecure-share").value == Quantity(0.5, .nearly, unit: .share))
    #expect(try state.metric("gran-grif-killed").value == Quantity(115, .atLeast))
    #expect(try state.metric("capital-gang-control").value == Quantity(0.5, .over, unit: .share))
    for id in ["displaced", "food-insecure", "food-insecure-share", "gran-grif-killed"] {
      #expect(try state.metric(id).current?.primarySourceID == article, "\(id)")
    }
    #expect(state.contributors.map(\.id) == ["KE", "JM", "BZ", "BJ"])
    #expect(state.upcomingEvents.map(\.id) == ["kenya-600-due", "mss-authorisation-ends"])
  }

  @Test func derivedFiguresOnTheArticlesDate() throws {
    let derived = try stateOn(2024, 10, 11).derived
    #expect(derived.deploymentRatio?.value == 430.0 / 2900)
    #expect(derived.deploymentRatio?.qualifier == .about)
    #expect(derived.shortfall?.quantity == Quantity(2470, .about))
    #expect(derived.leadShare?.value == 400.0 / 430)
    #expect(derived.projected?.quantity == Quantity(1030, .about))
    #expect(derived.projectedRatio?.value == 1030.0 / 2900)
  }

  /// Nothing published after the as-of date is shown on it.
  @Test(arguments: [
    (2024, 10, 11), (2024, 6, 30), (2024, 10, 5), (2025, 1, 20), (2025, 6, 15), (2026, 1, 1),
  ])
  func nothingLeaksFromLater(year: Int, month: Int, dayOfMonth: Int) throws {
    let state = try stateOn(year, month, dayOfMonth)
    let chronology = Chronology(dataset: state.dataset)
    var figures = state.metrics.map(\.figure) + [state.countries]
    figures += state.contributors.flatMap { [$0.pledged, $0.deployed] + $0.arrivalConflicts }
    for figure in figures {
      for observation in figure.history + figure.conflicts + figure.corroborations {
        #expect(
          chronology.knownDate(observation) <= state.asOf, "\(ObservationContent(observation))")
      }
    }
    for status in state.contributors {
      for observation in status.arrivals + status.planned {
        #expect(chronology.knownDate(observation) <= state.asOf)
      }
    }
    for event in state.pastEvents + state.upcomingEvents {
      #expect(chronology.knownDate(event) <= state.asOf, "\(event.id)")
    }
  }

  @Test func lateFiguresStayOutOfTheArticlesDate() throws {
    let state = try stateOn(2024, 10, 11)
    let killed = try state.metric("killed-quarterly")
    #expect(
      killed.value == Quantity(945, .atLeast), "Q2; BINUH's Q3 report came out in late October")
    #expect(killed.current?.period.description == "2024-Q2")
    #expect(!state.metrics.contains { $0.id == "killed-2024" })
    #expect(try state.metric("food-insecure").history.count == 3)
    #expect(try stateOn(2024, 10, 31).metric("killed-quarterly").value == Quantity(1223))
  }

  @Test func theMandateTimeline() throws {
    let history = try Bundled.history()
    #expect(try history.event("resolution-2699").date == .day(try day(2023, 10, 2)))
    #expect(try history.event("resolution-2751").category == .mandate)
    #expect(try history.event("wharf-jeremie-massacre").date.display() == "6\u{2013}11 Dec 2024")
    #expect(try history.event("haiti-requests-help").date.description == "2022-10-07")
    #expect(try history.event("gsf-handover").date.description == "2026-02-07")
    let categories = Set(history.events.map(\.category))
    #expect(categories == Set(EventCategory.allCases))
    let later = try stateOn(2025, 10, 3)
    #expect(later.pastEvents.contains { $0.id == "mss-authorisation-ends" })
  }

  @Test func datesAtTheirTruePrecision() throws {
    let history = try Bundled.history()
    let killed = try history.metric("killed-quarterly").observations.map(\.period.description)
    #expect(
      killed == [
        "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-07/2025-09",
      ])
    let food = try history.metric("food-insecure").observations
    #expect(
      food.map(\.period.description) == [
        "2024-03/2024-06", "2024-08/2025-02", "2024-10-11", "2025-03/2025-06",
      ])
    #expect(food[1].published == (try day(2024, 9, 30)))
    #expect(
      try history.metric("killed-2024").observations.map(\.period.precision) == [.year, .year])
    #expect(try history.contributor("JM").pledged.map(\.period.description) == ["2024", "2024"])
  }

  @Test func theMissionOverTime() throws {
    let january = try stateOn(2025, 1, 20)
    #expect(january.deployed.summedFromContributors)
    #expect(january.deployed.figure.value == Quantity(790, .atLeast))
    let february = try stateOn(2025, 2, 1)
    #expect(february.pledged.figure.value == Quantity(3100, .over))
    let july = try stateOn(2025, 7, 1)
    #expect(july.deployed.figure.value == Quantity(1000, .under))
    #expect(!july.deployed.summedFromContributors)
    let december = try stateOn(2025, 12, 10)
    #expect(december.deployed.figure.value == Quantity(980))
    #expect(try december.contributor("KE").deployed.value == Quantity(735))
    #expect(try december.metric("displaced").value == Quantity(1_400_000, .over))
    #expect(
      try december.metric("authorised-present-share").value == Quantity(0.4, .under, unit: .share))
    #expect(try december.metric("trust-fund-deposited").value == Quantity(10_800_000, unit: .usd))
  }

  @Test func changeDaysIncludeTheArticle() throws {
    let days = try Bundled.history().changeDays
    let article = try #require(articleDay)
    #expect(days.contains(article))
    #expect(days == days.sorted())
    #expect(days.first == (try day(2022, 10, 7)))
  }
}
