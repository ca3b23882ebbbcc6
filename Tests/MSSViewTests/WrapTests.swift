import MSSTestSupport
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

/// The byte-level word splitting gives exactly the lines the Character-level one gave, with
/// combining marks, prepended marks, wide characters, no-break spaces and runs of spaces.
@Suite struct WrapEquivalenceTests {
  static let pieces = [
    " ", " ", " ", "  ", "a", "word", "Kenya", "\u{2019}", "\u{201C}", "\u{201D}", "\u{00A0}",
    "\u{0301}", "e\u{0301}", "\u{0600}", "\u{0915}\u{093F}", "\u{200D}", "漢字", "🇰🇪", "👩\u{200D}💻",
    "\u{FE0F}", "\t", "-", "2,900", "\u{2014}",
  ]

  @Test func sameLinesAsTheCharacterLevelWrap() {
    var random = FuzzRandom(seed: 0x5EED_3A11)
    for _ in 0..<3000 {
      let spans = (0..<(1 + random.below(3))).map { _ in
        Span(
          (0..<random.below(12)).map { _ in random.pick(Self.pieces) }.joined(),
          random.pick([Role.text, .highlight, .muted]))
      }
      let width = 2 + random.below(14)
      let indent = random.below(4)
      let new = Wrap.lines(spans, width: width, indent: indent)
      let old = ReferenceWrap.lines(spans, width: width, indent: indent)
      #expect(new == old, "\(spans.map(\.text)) at width \(width), indent \(indent)")
      if new != old { return }
    }
  }

  @Test func wordsSplitLikeSplit() {
    for text in ["", " ", "a b", " a  b ", "e \u{0301}x", "\u{0600} x", "漢 字", "’ “x”"] {
      var words: [String] = []
      var current = ""
      var tokens = Wrap.Words(text)
      while let token = tokens.next() {
        switch token {
        case .word(let word): current += word
        case .space:
          words.append(current)
          current = ""
        }
      }
      words.append(current)
      #expect(
        words == text.split(separator: " ", omittingEmptySubsequences: false).map(String.init))
    }
  }
}
