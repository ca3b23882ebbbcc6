import MSSCore
import Testing

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
