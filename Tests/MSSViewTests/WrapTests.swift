import Testing

@testable import MSSView

@Suite struct WrapTests {
  func text(_ lines: [StyledLine]) -> [String] { lines.map { $0.spans.map(\.text).joined() } }

  @Test func wrapsAtWordsWithinTheWidth() {
    let lines = Wrap.lines([Span("the battle that we can win")], width: 10)
    #expect(text(lines) == ["the battle", "that we", "can win"])
  }

  @Test func keepsLeadingIndentAndIndentsContinuations() {
    let lines = Wrap.lines([Span("  quoted words go here")], width: 12, indent: 4)
    #expect(text(lines) == ["  quoted", "    words go", "    here"])
  }

  @Test func cutsWordsLongerThanALineAndNeverSplitsWideCharacters() {
    let lines = Wrap.lines([Span("000_b47f0ab57ea92bef.txt")], width: 10)
    #expect(lines.allSatisfy { TextWidth.of($0.spans.map(\.text).joined()) <= 10 })
    let wide = Wrap.lines([Span("漢字漢字漢字")], width: 5)
    #expect(text(wide) == ["漢字", "漢字", "漢字"])
  }

  @Test func keepsRolesAcrossSpans() {
    let lines = Wrap.lines([Span("plain "), Span("marked words", .highlight)], width: 40)
    #expect(lines.first?.spans.map(\.role) == [.text, .highlight])
  }

  @Test func keepsRunsOfSpacesInsideALine() {
    #expect(text(Wrap.lines([Span("Pledged  ~2,900")], width: 40)) == ["Pledged  ~2,900"])
  }

  @Test func noBreakSpacesHoldADateTogether() {
    let lines = Wrap.lines([Span("refers to 30\u{00A0}Sep\u{00A0}2024")], width: 14)
    #expect(text(lines) == ["refers to", "30\u{00A0}Sep\u{00A0}2024"])
  }

  @Test func tooNarrowGivesNothingRatherThanLooping() {
    #expect(Wrap.lines([Span("words")], width: 1).isEmpty)
  }
}
