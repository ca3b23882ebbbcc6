import MSSCore
import Testing

@Suite struct MissionStateTests {
  private func contributor(
    _ id: String, pledged: Series = [], deployed: Series = [], arrivals: Series = [],
    planned: Series = []
  ) -> Contributor {
    Contributor(
      id: id, name: id, pledged: pledged, deployed: deployed, arrivals: arrivals, planned: planned)
  }

  @Test func aReportedTotalWinsWhenItIsNewer() throws {
    let data = dataset(
      contributors: [contributor("KE", deployed: [try observation(400, .nearly, "2024-10-01")])],
      totals: MissionTotals(deployed: [try observation(430, .about, "2024-10-11")]), lead: "KE")
    let state = MissionState(dataset: data, asOf: try day(2024, 10, 11))
    #expect(state.deployed.figure.value == Quantity(430, .about))
    #expect(!state.deployed.summedFromContributors)
    #expect(state.lead?.id == "KE")
  }

  /// Not every contributor reports, so a sum of their reports is a floor: "at least".
  @Test func newerLargerContributorReportsAreSummed() throws {
    let data = dataset(
      contributors: [
        contributor("KE", deployed: [try observation(600, .over, "2025-01-19")]),
        contributor("GT", deployed: [try observation(150, "2025-01-04")]),
      ],
      totals: MissionTotals(deployed: [try observation(430, .about, "2024-10-11")]))
    let state = MissionState(dataset: data, asOf: try day(2025, 1, 20))
    #expect(state.deployed.summedFromContributors)
    #expect(state.deployed.figure.value == Quantity(750, .atLeast))
    #expect(state.deployed.figure.current?.period == .day(try day(2025, 1, 19)))
    #expect(state.deployed.figure.current?.citations.count == 2)
    #expect(state.deployed.figure.history.count == 1, "the reported series stays as history")
  }

  @Test func aReportedTotalLargerThanTheSumStands() throws {
    let data = dataset(
      contributors: [contributor("KE", pledged: [try observation(1000, "2024-12-01")])],
      totals: MissionTotals(pledged: [try observation(2900, .about, "2024-10-11")]))
    let state = MissionState(dataset: data, asOf: try day(2024, 12, 31))
    #expect(state.pledged.figure.value == Quantity(2900, .about))
    #expect(!state.pledged.summedFromContributors)
  }

  @Test func plannedReinforcementsUntilTheyAreDue() throws {
    let data = dataset(
      contributors: [
        contributor(
          "KE", deployed: [try observation(400, "2024-10-01")],
          planned: [try observation(600, "2024-11", source: "s", published: day(2024, 10, 11))]),
        contributor("XX", pledged: [try observation(5, "2030-01-01")]),
      ],
      totals: MissionTotals(
        pledged: [try observation(2900, "2024-10-11")],
        deployed: [try observation(430, "2024-10-11")]), lead: "KE")
    let beforeAnnounced = MissionState(dataset: data, asOf: try day(2024, 10, 10))
    #expect(beforeAnnounced.lead?.planned.isEmpty == true)
    let announced = MissionState(dataset: data, asOf: try day(2024, 10, 11))
    #expect(announced.lead?.plannedTotal == 600)
    #expect(announced.derived.projected?.value == 1030)
    #expect(announced.contributors.map(\.id) == ["KE"], "nothing known yet of XX")
    let due = MissionState(dataset: data, asOf: try day(2024, 12, 1))
    #expect(due.lead?.planned.isEmpty == true)
    #expect(due.derived.projected == nil)
  }

  @Test func ratioPerContributor() throws {
    let data = dataset(contributors: [
      contributor(
        "BZ", pledged: [try observation(50, "2024-09-12")],
        deployed: [try observation(2, "2024-09-12")])
    ])
    let belize = try MissionState(dataset: data, asOf: try day(2024, 10, 1)).contributor("BZ")
    #expect(belize.ratio == 0.04)
    #expect(!belize.isConflicted)
  }

  @Test func eventsSplitAtTheAsOfDate() throws {
    let events = [
      Event(
        id: "later", date: try spec("2025-10-02"), title: "Deadline", category: .mandate,
        published: try day(2024, 9, 30), citations: [Citation(sourceID: "s", quote: "q")]),
      Event(
        id: "past", date: try spec("2024-06"), title: "Start", category: .deployment,
        citations: [Citation(sourceID: "s", quote: "q")]),
      Event(
        id: "unknown-yet", date: try spec("2024-12-06/2024-12-11"), title: "Massacre",
        category: .violence, citations: [Citation(sourceID: "s", quote: "q")]),
    ]
    let data = Dataset(
      id: "t", title: "T", mission: "M", sources: [Source(id: "s", publisher: "P", title: "T")],
      contributors: [], events: events, origin: "test")
    let state = MissionState(dataset: data, asOf: try day(2024, 10, 11))
    #expect(state.pastEvents.map(\.id) == ["past"])
    #expect(state.upcomingEvents.map(\.id) == ["later"])
  }

  @Test func changeDaysAndTheDefaultDate() throws {
    let data = dataset(
      totals: MissionTotals(deployed: [
        try observation(430, "2024-10-11"), try observation(410, "2024-09-30"),
        try observation(1, "2024-Q3", source: "s", published: day(2024, 10, 29)),
      ]))
    #expect(
      data.changeDays == [try day(2024, 9, 30), try day(2024, 10, 11), try day(2024, 10, 29)])
    let today = try day(2026, 11, 29)
    #expect(data.defaultAsOf(today: today) == today)
  }
}
