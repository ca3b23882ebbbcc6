import MSSCore
import Testing

@testable import MSSView

@Suite struct ThemeBaseTests {
  @Test func aBaseFillsInEveryRoleLeftOut() throws {
    let theme = try ThemeTestSupport.theme("name: mine\nbase: default\nroles:\n  accent: magenta\n")
      .get()
    let base = try #require(BuiltinThemes.theme(named: "default"))
    #expect(theme.name == "mine")
    #expect(theme.style(.accent).foreground == .indexed(5))
    for role in Role.allCases where role != .accent {
      #expect(theme.style(role) == base.style(role))
    }
  }

  @Test func anOverrideChangesOnlyTheFieldsItNames() throws {
    let theme = try ThemeTestSupport.theme(
      "name: mine\nbase: default\nroles:\n  focus_border: {fg: red}\n"
    ).get()
    let base = try #require(BuiltinThemes.theme(named: "default"))
    #expect(theme.style(.focusBorder).foreground == .indexed(1))
    #expect(theme.style(.focusBorder).bold == base.style(.focusBorder).bold)
    #expect(theme.style(.focusBorder).bold)
  }

  @Test func aNewBackgroundReachesEveryRoleThatDidNotChooseOne() throws {
    let theme = try ThemeTestSupport.theme("name: navy\nbase: default\nbackground: 17\n").get()
    #expect(theme.style(.text).background == .indexed(17))
    #expect(theme.style(.muted).background == .indexed(17))
    // The header and the selection keep the backgrounds the default theme gave them.
    let base = try #require(BuiltinThemes.theme(named: "default"))
    #expect(theme.style(.header).background == base.style(.header).background)
    #expect(theme.style(.selection).background == base.style(.selection).background)
  }

  @Test func descriptionAndAppearanceAreInherited() throws {
    let theme = try ThemeTestSupport.theme("name: warm\nbase: light\n").get()
    #expect(theme.appearance == .light)
    #expect(theme.description == BuiltinThemes.theme(named: "light")?.description)
  }

  @Test func anUnknownBaseIsAnErrorAtTheBaseField() {
    let problems = ThemeTestSupport.problems("name: x\nbase: solarised\n")
    #expect(problems.first?.path == "base")
    #expect(problems.first?.line == 2)
    #expect(problems.first?.message.contains("no theme named 'solarised'") == true)
    #expect(problems.first?.message.contains("default, teal, light") == true)
  }

  @Test func basesThatFormACircleAreAnError() throws {
    let directory = try ThemeTestSupport.directory([
      "one.yaml": "name: one\nbase: two\n", "two.yaml": "name: two\nbase: one\n",
    ])
    defer { ThemeTestSupport.remove(directory) }
    let library = ThemeLibrary(userDirectory: directory)
    let result = ThemeSelection.resolve("one", library: library)
    guard case .failure(let failure) = result else {
      Issue.record("a circle of bases must fail")
      return
    }
    #expect(failure.diagnostics.first?.message.contains("one → two → one") == true)
  }

  @Test func aUserThemeMayRefineTheBuiltInOfTheSameName() throws {
    let directory = try ThemeTestSupport.directory([
      "default.yaml": "name: default\nbase: default\nroles:\n  accent: bright-magenta\n"
    ])
    defer { ThemeTestSupport.remove(directory) }
    let library = ThemeLibrary(userDirectory: directory)
    let theme = try ThemeSelection.resolve(nil, library: library).get()
    #expect(theme.style(.accent).foreground == .indexed(13))
    #expect(theme.style(.title) == DefaultThemes.dark.style(.title))
  }

  @Test func aBrokenBaseIsReportedWithItsOwnProblems() throws {
    let directory = try ThemeTestSupport.directory([
      "child.yaml": "name: child\nbase: parent\n",
      "parent.yaml": "name: parent\nbase: default\nroles:\n  title: {fg: nope}\n",
    ])
    defer { ThemeTestSupport.remove(directory) }
    let result = ThemeSelection.resolve("child", library: ThemeLibrary(userDirectory: directory))
    guard case .failure(let failure) = result else {
      Issue.record("a broken base must fail")
      return
    }
    #expect(failure.diagnostics.count == 2)
    #expect(failure.diagnostics[0].message.contains("the base theme 'parent' has errors"))
    #expect(failure.diagnostics[1].file.hasSuffix("parent.yaml"))
    #expect(failure.diagnostics[1].path == "roles.title.fg")
  }
}
