import MSSCore
import Testing

@testable import MSSView

@Suite struct ThemeCatalogTests {
  @Test func builtInCatalogCyclesInOrderAndWraps() throws {
    let catalog = ThemeCatalog.builtIn
    #expect(catalog.themes.map(\.name) == BuiltinThemes.order)
    let first = try #require(catalog.themes.first)
    let last = try #require(catalog.themes.last)
    #expect(catalog.theme(after: first) == catalog.themes[1])
    #expect(catalog.theme(after: last) == first)
    let stranger = Theme(name: "from-a-file", styles: [:])
    #expect(catalog.theme(after: stranger) == first)
  }

  @Test func userThemesJoinTheCatalogAndMayReplaceABuiltIn() throws {
    let directory = try ThemeTestSupport.directory([
      "zebra.yaml": "name: zebra\nbase: monochrome\n",
      "light.yaml": "name: light\nbase: light\nroles:\n  accent: red\n",
      "broken.yaml": "name: broken\nbase: default\nroles:\n  nope: red\n",
      "notes.txt": "not a theme",
      ".hidden.yaml": "name: hidden\nbase: default\n",
    ])
    defer { ThemeTestSupport.remove(directory) }
    let catalog = ThemeCatalog(library: ThemeLibrary(userDirectory: directory))
    #expect(catalog.entries.map(\.name) == BuiltinThemes.order + ["broken", "zebra"])
    #expect(catalog.themes.map(\.name) == BuiltinThemes.order + ["zebra"])
    let light = try #require(catalog.entries.first { $0.name == "light" })
    #expect(light.origin == .user(path: "\(directory)/light.yaml"))
    #expect(light.theme?.style(.accent).foreground == .indexed(1))
    let broken = try #require(catalog.entries.first { $0.name == "broken" })
    #expect(broken.theme == nil)
  }

  @Test func aThemeWhoseNameDiffersFromItsFileGetsAWarning() throws {
    let directory = try ThemeTestSupport.directory(["ocean.yaml": "name: sea\nbase: default\n"])
    defer { ThemeTestSupport.remove(directory) }
    let catalog = ThemeCatalog(library: ThemeLibrary(userDirectory: directory))
    let entry = try #require(catalog.entries.first { $0.name == "ocean" })
    #expect(entry.theme?.name == "sea")
    #expect(entry.warnings.first?.severity == .warning)
    #expect(entry.warnings.first?.line == 1)
  }

  @Test func theUserDirectoryFollowsXDG() {
    #expect(
      ThemeDirectory.userThemes(environment: ["XDG_CONFIG_HOME": "/cfg/", "HOME": "/home/a"])
        == "/cfg/mssdash/themes")
    #expect(
      ThemeDirectory.userThemes(environment: ["HOME": "/home/a"])
        == "/home/a/.config/mssdash/themes")
    // A relative XDG_CONFIG_HOME is ignored, as the XDG spec says.
    #expect(
      ThemeDirectory.userThemes(environment: ["XDG_CONFIG_HOME": "cfg", "HOME": "/home/a"])
        == "/home/a/.config/mssdash/themes")
    #expect(ThemeDirectory.userThemes(environment: [:]) == nil)
  }

  @Test func aNameIsLookedUpAndAPathIsLoaded() throws {
    let directory = try ThemeTestSupport.directory([
      "mine.yaml": "name: mine\nbase: amber\n", "other.yml": "name: other\nbase: fjord\n",
    ])
    defer { ThemeTestSupport.remove(directory) }
    #expect(
      ThemeSelection.isPath("./x") && ThemeSelection.isPath("x.yaml") && !ThemeSelection.isPath("x")
    )
    let byName = try ThemeSelection.resolve("light", library: .builtInOnly).get()
    #expect(byName.name == "light")
    let byPath = try ThemeSelection.resolve("\(directory)/mine.yaml", library: .builtInOnly).get()
    #expect(byPath.name == "mine")
    #expect(byPath.style(.text) == BuiltinThemes.theme(named: "amber")?.style(.text))
    let userLibrary = ThemeLibrary(userDirectory: directory)
    #expect((try? ThemeSelection.resolve("other", library: userLibrary).get())?.name == "other")
    let fromEnvironment = ThemeLibrary(environment: ["XDG_CONFIG_HOME": directory])
    #expect(fromEnvironment.userDirectory == "\(directory)/mssdash/themes")
  }

  @Test func anUnknownNameListsTheThemesThereAre() {
    guard case .failure(let failure) = ThemeSelection.resolve("nord", library: .builtInOnly) else {
      Issue.record("an unknown theme must fail")
      return
    }
    let message = failure.diagnostics.first?.message ?? ""
    #expect(message.contains("no theme named 'nord'"))
    #expect(message.contains("fjord"))
  }

  @Test func aMissingFileSaysSo() {
    guard
      case .failure(let failure) = ThemeSelection.resolve(
        "/nonexistent/t.yaml", library: .builtInOnly)
    else {
      Issue.record("a missing file must fail")
      return
    }
    #expect(failure.diagnostics.first?.description == "/nonexistent/t.yaml: error: no such file")
  }

  @Test func aKioskFallsBackToTheDefaultWithAWarning() throws {
    let directory = try ThemeTestSupport.directory([
      "bad.yaml": "name: bad\nroles: {text: {fg: 999}}\n"
    ])
    defer { ThemeTestSupport.remove(directory) }
    let outcome = ThemeSelection.resolveOrDefault("\(directory)/bad.yaml", library: .builtInOnly)
    #expect(outcome.theme == DefaultThemes.dark)
    let warning = try #require(outcome.warning)
    #expect(warning.contains("bad.yaml:2:"))
    #expect(warning.contains("and 1 more"))
    let good = ThemeSelection.resolveOrDefault("amber", library: .builtInOnly)
    #expect(good.theme.name == "amber")
    #expect(good.warning == nil)
  }
}
