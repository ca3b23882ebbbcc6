import MSSCore
import Testing

@testable import MSSView

/// Very long text (a quote of a megabyte, a name with no space in it) wraps and draws in time
/// proportional to its length, not to its square: wrapping a 1 MiB word used to take minutes.
@Suite struct HardeningLongTextTests {
  /// Seconds `body` takes.
  func seconds(_ body: () -> Void) -> Double {
    let elapsed = ContinuousClock().measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  @Test(arguments: ["x", "漢", "e\u{0301}"])
  func aLongWordWrapsInLinearTime(_ unit: String) throws {
    let count = 200_000
    let word = String(repeating: unit, count: count)
    var lines: [StyledLine] = []
    let time = seconds { lines = Wrap.lines([Span(word)], width: 40, indent: 2) }
    #expect(time < 2, "wrapping a \(count)-cluster word took \(time) s")
    let joined = lines.map { $0.spans.map(\.text).joined() }
    let perLine = TextWidth.of(unit) == 2 ? 20 : 40
    #expect(lines.count >= count / perLine, "\(lines.count) lines")
    for line in joined { #expect(TextWidth.of(line) <= 40) }
    // Nothing lost or doubled: the lines (without their indent) spell the word.
    let rebuilt = joined.enumerated().map {
      $0.offset == 0 ? $0.element : String($0.element.dropFirst(2))
    }
    .joined()
    #expect(rebuilt == word)
  }

  @Test func aLongQuoteOfWordsWraps() {
    let text = String(repeating: "lorem ipsum ", count: 20_000)
    var lines: [StyledLine] = []
    let time = seconds { lines = Wrap.lines([Span(text)], width: 60) }
    #expect(time < 2, "wrapping took \(time) s")
    #expect(lines.count >= 4_000)
  }
}
