import MSSCore
import Testing

/// Where sources disagree, the history dataset keeps both and the resolution reports it.
@Suite struct HistoryConflictTests {
  private func stateOn(_ year: Int, _ month: Int, _ dayOfMonth: Int) throws -> MissionState {
    MissionState(dataset: try Bundled.history(), asOf: try day(year, month, dayOfMonth))
  }

  /// Pont-Sondé: at least 70 per the U.N. (4 October), 115 per the mayor (9 October).
  @Test func pontSonde() throws {
    let afterTheUN = try stateOn(2024, 10, 5).metric("gran-grif-killed")
    #expect(afterTheUN.value == Quantity(70, .atLeast))
    #expect(!afterTheUN.isConflicted)

    let afterTheMayor = try stateOn(2024, 10, 9).metric("gran-grif-killed")
    #expect(afterTheMayor.value == Quantity(115))
    #expect(afterTheMayor.current?.primarySourceID == "ap-independent-2024-10-09")
    #expect(afterTheMayor.conflicts.map(\.value) == [Quantity(70, .atLeast)])
    #expect(afterTheMayor.conflicts.first?.primarySourceID == "ohchr-scoop-2024-10-04")

    let onTheArticle = try stateOn(2024, 10, 11).metric("gran-grif-killed")
    #expect(onTheArticle.value == Quantity(115, .atLeast))
    #expect(onTheArticle.conflicts.map(\.value) == [Quantity(70, .atLeast)])
    #expect(onTheArticle.corroborations.map(\.value) == [Quantity(115)])
  }

  /// The first Kenyan contingent: 200 per Kenya's Inspector General, 400 per AlterPresse.
  @Test func firstKenyanContingent() throws {
    let early = try stateOn(2024, 7, 1).contributor("KE")
    #expect(early.arrivals.map(\.value) == [Quantity(400)])
    #expect(early.arrivalConflicts.isEmpty)

    let kenya = try stateOn(2024, 10, 11).contributor("KE")
    #expect(kenya.arrivalConflicts.count == 1)
    let first = try #require(kenya.arrivalConflicts.first)
    #expect(first.current?.value == Quantity(200))
    #expect(first.current?.primarySourceID == "kenyan-post-2024-07")
    #expect(first.conflicts.map(\.value) == [Quantity(400)])
    #expect(first.conflicts.first?.primarySourceID == "alterpresse-haitify")
    #expect(kenya.isConflicted)
  }

  @Test func kenyasFourthContingent() throws {
    let kenya = try stateOn(2025, 3, 1).contributor("KE")
    #expect(kenya.deployed.value == Quantity(744))
    #expect(kenya.deployed.conflicts.map(\.value) == [Quantity(800)])
    let fourth = try #require(kenya.arrivalConflicts.last)
    #expect(fourth.current?.value == Quantity(144))
    #expect(fourth.conflicts.map(\.value) == [Quantity(168)])
    #expect(kenya.arrivalConflicts.count == 2)
  }

  @Test func killedIn2024() throws {
    let january = try stateOn(2025, 1, 31).metric("killed-2024")
    #expect(january.value == Quantity(5601, .atLeast))
    #expect(!january.isConflicted)
    let march = try stateOn(2025, 3, 1).metric("killed-2024")
    #expect(march.value == Quantity(5626))
    #expect(march.current?.citations.first?.isVerbatim == false)
    #expect(march.conflicts.map(\.value) == [Quantity(5601, .atLeast)])
  }

  @Test func population() throws {
    let figure = try stateOn(2025, 1, 1).metric("population")
    #expect(figure.value == Quantity(11_772_557))
    #expect(figure.conflicts.map(\.value) == [Quantity(11_867_030)])
  }

  @Test func jamaicasPledge() throws {
    let jamaica = try stateOn(2025, 1, 1).contributor("JM")
    #expect(jamaica.pledged.value == Quantity(200))
    #expect(jamaica.pledged.conflicts.map(\.value) == [Quantity(250)])
    #expect(jamaica.ratio == 24.0 / 200)
  }

  @Test func beninsPledge() throws {
    let benin = try stateOn(2024, 3, 5).contributor("BJ")
    #expect(benin.pledged.value == Quantity(1500, .about))
    #expect(benin.pledged.conflicts.map(\.value) == [Quantity(2000, .about)])
    #expect(benin.deployed.current == nil)
  }

  /// A rounded figure is not a conflict with the precise one it rounds.
  @Test func roundedReportsCorroborate() throws {
    let hungry = try stateOn(2024, 10, 11).metric("food-insecure")
    #expect(!hungry.isConflicted)
    #expect(hungry.corroborations.map(\.value) == [Quantity(5_410_000)])
    let displaced = try stateOn(2024, 10, 11).metric("displaced")
    #expect(!displaced.isConflicted)
  }

  @Test func theConflictListOnTheArticlesDate() throws {
    let labels = try stateOn(2024, 10, 11).conflicts.map(\.label)
    #expect(
      labels == ["Kenya arrival, 25 Jun 2024", "Benin pledged", "Killed in the Gran Grif attack"])
  }
}
