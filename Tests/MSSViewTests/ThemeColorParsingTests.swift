import Testing

@testable import MSSView

@Suite struct ThemeColorParsingTests {
  @Test(arguments: [
    ("default", ThemeColor.terminalDefault),
    ("black", .indexed(0)), ("red", .indexed(1)), ("white", .indexed(7)),
    ("bright-black", .indexed(8)), ("bright-white", .indexed(15)), ("Bright-Cyan", .indexed(14)),
    ("0", .indexed(0)), ("117", .indexed(117)), ("255", .indexed(255)),
    ("#88c0d0", .rgb(red: 0x88, green: 0xc0, blue: 0xd0)),
    ("#FFFFFF", .rgb(red: 255, green: 255, blue: 255)),
  ])
  func readsEveryNotation(text: String, expected: ThemeColor) {
    #expect((try? ThemeColor.parse(text).get()) == expected)
  }

  @Test func rejectsWhatIsNotAColour() {
    #expect(ThemeColor.parse("256") == .failure(.indexOutOfRange("256")))
    #expect(ThemeColor.parse("-1") == .failure(.indexOutOfRange("-1")))
    #expect(ThemeColor.parse("#12345") == .failure(.badHex("#12345")))
    #expect(ThemeColor.parse("#gggggg") == .failure(.badHex("#gggggg")))
    #expect(ThemeColor.parse("") == .failure(.empty))
    #expect(ThemeColor.parse("orange") == .failure(.unknownName("orange")))
  }

  @Test func suggestsTheNearestName() {
    #expect(
      ThemeColorError.unknownName("brigth-red").description.contains("did you mean 'bright-red'?"))
    #expect(ThemeColorError.unknownName("bright_blue").description.contains("'bright-blue'"))
  }

  @Test func explainsTheUnquotedHashPitfall() {
    #expect(ThemeColorError.empty.description.contains("quote #rrggbb"))
  }

  @Test func writesColoursBackAsAThemeFileWould() {
    #expect(ThemeColor.indexed(9).themeFileText == "bright-red")
    #expect(ThemeColor.indexed(117).themeFileText == "117")
    #expect(ThemeColor.rgb(red: 0x2e, green: 0x34, blue: 0x40).themeFileText == "#2e3440")
    #expect(ThemeColor.terminalDefault.themeFileText == "default")
  }
}
