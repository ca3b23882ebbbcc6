import MSSCore
import MSSTestSupport
import Testing

@testable import MSSView

/// What the YAML composer refuses in a theme file, said with the theme's place and words.
@Suite struct ThemeYAMLTests {
  @Test func aRepeatedFieldNamesBothLines() {
    let problems = ThemeTestSupport.problems("name: a\nbase: default\nname: b\n")
    #expect(
      problems.map(\.description) == [
        "test.yaml:3:1: error: name: the field 'name' appears twice in one mapping (first on line 1)"
      ])
  }

  @Test func anchorsAndAliasesAreRefusedWhereTheyAreUsed() {
    let problems = ThemeTestSupport.problems(
      "name: a\nbase: default\nroles:\n  text: &t {fg: red}\n  muted: *t\n")
    #expect(
      problems.map(\.description) == [
        "test.yaml:4:9: error: roles.text: anchors and aliases (&name, *name) are not allowed in themes",
        "test.yaml:5:10: error: roles.muted: anchors and aliases (&name, *name) are not allowed in themes",
      ])
  }

  @Test(.timeLimit(.minutes(1)))
  func anAliasBombIsRefusedQuickly() {
    let lines = AliasBomb.lines
    let problems = ThemeTestSupport.problems(lines.joined(separator: "\n"))
    #expect(problems.count == 1)
    #expect(problems.first?.message.contains("aliases would expand this file past") == true)
  }
}
