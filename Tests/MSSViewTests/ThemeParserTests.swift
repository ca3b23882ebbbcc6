import MSSCore
import Testing

@testable import MSSView

@Suite struct ThemeParserTests {
  @Test func readsACompleteTheme() throws {
    let text = """
      name: paper
      description: Test paper
      appearance: light
      foreground: black
      background: 231
      roles:
      \(ThemeTestSupport.everyRole(except: [.title, .selection, .muted]))
        title: {fg: blue, bold: true, underline: true}
        selection: {reverse: true}
        muted: "#767676"
      """
    let theme = try ThemeTestSupport.theme(text).get()
    #expect(theme.name == "paper")
    #expect(theme.description == "Test paper")
    #expect(theme.appearance == .light)
    #expect(
      theme.style(.title) == Style(.indexed(4), on: .indexed(231), bold: true, underline: true))
    #expect(theme.style(.selection) == Style(.indexed(0), on: .indexed(231), reverse: true))
    #expect(theme.style(.muted).foreground == .rgb(red: 0x76, green: 0x76, blue: 0x76))
    #expect(theme.style(.text) == Style(.indexed(0), on: .indexed(231)))
  }

  @Test func aThemeWithoutBaseMustSetEveryRole() {
    let problems = ThemeTestSupport.problems("name: bare\nroles:\n  text: {}\n")
    #expect(problems.count == 1)
    let message = problems.first?.message ?? ""
    #expect(message.contains("must set every role"))
    #expect(message.contains("focus_border"))
    #expect(message.contains("base: default"))
    #expect(problems.first?.path == "roles")
    #expect(problems.first?.line == 3)
  }

  @Test func unknownRoleNamesItsPlaceAndSuggestsTheRightOne() {
    let problems = ThemeTestSupport.problems(
      "name: typo\nbase: default\nroles:\n  title: cyan\n  focus-border: {fg: red}\n")
    #expect(problems.count == 1)
    let problem = problems.first
    #expect(problem?.file == "test.yaml")
    #expect(problem?.line == 5)
    #expect(problem?.column == 3)
    #expect(problem?.path == "roles.focus-border")
    #expect(problem?.message.contains("did you mean 'focus_border'?") == true)
  }

  @Test func badColoursAndFieldsAreAllReportedAtOnce() {
    let problems = ThemeTestSupport.problems(
      """
      name: broken
      base: default
      roles:
        title: {fg: 300}
        accent: {fg: orange, bolt: true}
        border:
          fg: #444444
        header: {bold: maybe}
      """)
    let paths = problems.map(\.path)
    #expect(
      paths == [
        "roles.title.fg", "roles.accent.fg", "roles.accent.bolt", "roles.border.fg",
        "roles.header.bold",
      ])
    #expect(problems.allSatisfy { $0.line > 0 && $0.column > 0 && $0.severity == .error })
    guard problems.count == 5 else { return }
    #expect(problems[2].message.contains("did you mean 'bold'?"))
    #expect(problems[3].message.contains("quote"))
    #expect(problems[0].description.hasPrefix("test.yaml:4:"))
  }

  @Test func anUnquotedHashInsideBracesIsExplained() {
    let problems = ThemeTestSupport.problems(
      "name: x\nbase: default\nroles:\n  title: {fg: \"#88c0d0\"}\n  border: {fg: #444444}\n")
    #expect(problems.count == 2)
    #expect(problems.first?.line == 5)
    #expect(problems.first?.message.contains("unquoted #rrggbb") == true)
    #expect(problems.last?.message.hasPrefix("YAML syntax") == true)
  }

  @Test func unknownTopLevelFieldsAndBadNamesAreErrors() {
    let problems = ThemeTestSupport.problems("name: my theme\nbase: default\ncolour: red\n")
    #expect(problems.map(\.path) == ["colour", "name"])
    #expect(problems.first?.message.contains("unknown field 'colour'") == true)
    #expect(problems.last?.message.contains("not a theme name") == true)
  }

  @Test func missingNameAndYAMLSyntaxErrorsHaveAPlace() {
    #expect(
      ThemeTestSupport.problems("base: default\n").first?.message == "missing required field 'name'"
    )
    let syntax = ThemeTestSupport.problems("name: x\nroles: {text: [\n")
    #expect(syntax.count == 1)
    #expect(syntax.first?.message.hasPrefix("YAML syntax") == true)
    #expect((syntax.first?.line ?? 0) > 0)
    #expect(ThemeTestSupport.problems("").first?.message == "the file holds no YAML document")
    #expect(
      ThemeTestSupport.problems("- a\n- b\n").first?.message.contains("expected a mapping") == true)
  }

  @Test func appearanceMustBeDarkOrLight() {
    let problems = ThemeTestSupport.problems("name: x\nbase: default\nappearance: dim\n")
    #expect(problems.first?.path == "appearance")
  }

  @Test func basicColoursMustBeAmongTheSixteen() {
    let problems = ThemeTestSupport.problems(
      "name: x\nbase: default\nbasic_colors:\n  \"#88c0d0\": 117\n  \"#000001\": black\n")
    #expect(problems.map(\.path) == ["basic_colors.#88c0d0"])
    #expect(problems.first?.message.contains("not a basic colour") == true)
  }
}
