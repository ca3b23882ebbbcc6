import MSSCore
import Testing

@testable import MSSView

/// The timeline's `/` filter: typing narrows live, Enter keeps it, Esc restores the old one.
@Suite struct AppModelFilterTests {
  @Test func typingFiltersAndEnterKeeps() throws {
    var model = try #require(Fixtures.model(.seed))
    _ = model.apply(.startFilter)
    #expect(model.focus == .timeline && model.filter.editing)
    for key in ["G", "r", "a", "n"] { _ = model.apply(.filterInput(key)) }
    #expect(model.timelineEvents.map(\.id) == ["gran-grif-attack"])
    _ = model.apply(.filterCommit)
    #expect(!model.filter.editing && model.filter.text == "Gran")
    let screen = Dashboard.render(model, width: 80, height: 24).text
    #expect(screen.contains("/Gran"))
  }

  @Test func escRestoresThePreviousFilterThenClears() throws {
    var model = try #require(Fixtures.model(.seed))
    _ = model.apply(.startFilter)
    _ = model.apply(.filterInput("mandate"))
    _ = model.apply(.filterCommit)
    _ = model.apply(.startFilter)
    _ = model.apply(.filterBackspace)
    #expect(model.filter.text == "mandat")
    _ = model.apply(.back)
    #expect(model.filter.text == "mandate" && !model.filter.editing)
    _ = model.apply(.back)
    #expect(!model.filter.isActive)
    #expect(model.timelineEvents.count == 6)
  }

  @Test func categoryNamesMatchAndNothingMatchesIsSaid() throws {
    var model = try #require(Fixtures.model(.seed))
    _ = model.apply(.startFilter)
    _ = model.apply(.filterInput("diplomacy"))
    #expect(model.timelineEvents.count == 2)
    _ = model.apply(.filterInput("zzz"))
    #expect(model.timelineEvents.isEmpty)
    let screen = Dashboard.render(model, width: 80, height: 24).text
    #expect(screen.contains("no events match"))
  }

  @Test func promptShowsInTheFooter() throws {
    var model = try #require(Fixtures.model(.seed))
    _ = model.apply(.startFilter)
    _ = model.apply(.filterInput("kenya"))
    let footer = Dashboard.render(model, width: 80, height: 24).lines[23]
    #expect(footer.hasPrefix(" /kenya_"))
  }
}
