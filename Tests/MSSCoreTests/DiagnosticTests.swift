import MSSCore
import Testing

@Suite struct DiagnosticTests {
  @Test func compilerStyle() {
    let full = Diagnostic(
      .error, file: "data.yaml", line: 12, column: 5, path: "contributors[0].name",
      message: "expected text")
    #expect(full.description == "data.yaml:12:5: error: contributors[0].name: expected text")
    let wholeFile = Diagnostic(.warning, file: "data.yaml", message: "empty")
    #expect(wholeFile.description == "data.yaml: warning: empty")
  }

  @Test func aLocationOverridesTheFile() {
    let location = MSSCore.SourceLocation(file: "other.yaml", line: 3, column: 7)
    let diagnostic = Diagnostic(.warning, at: location, file: "data.yaml", path: "p", message: "m")
    #expect(diagnostic.description == "other.yaml:3:7: warning: p: m")
    #expect(location.description == "other.yaml:3:7")
  }
}
