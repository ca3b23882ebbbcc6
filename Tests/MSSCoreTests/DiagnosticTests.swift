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

@Suite struct FileReaderTests {
  @Test func decodingIsStrict() throws {
    #expect(try FileReader.decode(Array("a: 1\r\nb: 2".utf8), file: "f").get() == "a: 1\nb: 2")
    #expect(try FileReader.decode([0xEF, 0xBB, 0xBF] + Array("a".utf8), file: "f").get() == "a")
    #expect(FileReader.decode([], file: "f").failureDescription == "f: error: the file is empty")
    #expect(
      FileReader.decode([0x61, 0x00, 0x62], file: "f").failureDescription
        == "f: error: binary data (a NUL byte at offset 1), not a text dataset")
    #expect(
      FileReader.decode(Array("a\nb".utf8) + [0xC3, 0x28], file: "f").failureDescription
        == "f:2:1: error: invalid UTF-8 at byte offset 3")
  }

  @Test func refusesWhatIsNotARegularFile() {
    #expect(
      FileReader.readText(path: "/dev/null").failureDescription?.hasSuffix(
        "(a FIFO, socket or device)") == true)
    #expect(
      FileReader.readText(path: Repository.root).failureDescription?.hasSuffix(
        "is a directory, not a dataset file") == true)
    #expect(
      FileReader.readText(path: Repository.path("seeds/mss-seed.yaml"), limit: 100)
        .failureDescription?.contains("the limit is 0 MiB") == true)
  }
}
