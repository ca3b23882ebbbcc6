import MSSCore
import Testing

@testable import MSSView

/// Fast paths of the render path against the general code they skip.
@Suite struct FastPathTests {
  /// Every scalar `of(scalar:)` answers without Unicode properties has the width those
  /// properties give.
  @Test func oneColumnRangesAgreeWithTheProperties() {
    for value in UInt32(0)...0x2BFF where TextWidth.isOneColumn(value) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(TextWidth.measured(scalar) == 1, "U+\(String(value, radix: 16))")
    }
  }

  static let texts = [
    "plain ASCII", "╭─ 1 Pledges ─╮", "≥10 countries · +600", "▊▒░ ★ ◆ ◇ ○ ▲ ✕ ↓",
    "Kenya’s “quote”…",
    "日本 wide", "e\u{301} mark", "\u{1B}[31m", "a\u{200D}b", "🔥 fire", "tab\there", "",
    "\u{00A0}no-break", "édition",
  ]

  /// The scalar-by-scalar write gives the cells and column the cluster-by-cluster one gives,
  /// clipped on either side or not, for text that takes the fast path.
  @Test(arguments: texts)
  func scalarWriteAgreesWithClusterWrite(_ text: String) {
    let areas = [
      Rect(x: 0, y: 0, width: 30, height: 2), Rect(x: 3, y: 0, width: 6, height: 2),
      Rect(x: 0, y: 0, width: 5, height: 1),
    ]
    for area in areas {
      for x in [-2, 0, 2, 4] {
        var slow = Grid(width: 30, height: 2)
        var fast = Grid(width: 30, height: 2)
        let slowEnd = slow.write(clusters: text, x: x, y: 0, role: .accent, area: area)
        let fastEnd = fast.write(text, x: x, y: 0, role: .accent, clip: area)
        #expect(slow == fast, "\(text) \(area) \(x)")
        #expect(slowEnd == fastEnd, "\(text) \(area) \(x)")
      }
    }
  }

  @Test func hasAgreesWithContains() {
    for term in ["xterm-256color", "xterm-direct", "screen", "", "vt100", "foot-truecolor", "x"] {
      for part in ["direct", "truecolor", "256color", "16color", "color", "xterm-256colorx", ""] {
        #expect(ColorDepth.has(term, part) == term.contains(part), "\(term) \(part)")
      }
    }
  }

  /// The days for `[` and `]`, worked out at the first step, are the dataset's.
  @Test func changeDaysAreWorkedOutOnce() throws {
    let dataset = try #require(Fixtures.dataset(.history))
    let cache = ChangeDaysCache(dataset)
    #expect(cache.value == dataset.changeDays)
    #expect(cache.value == dataset.changeDays)
    #expect(ChangeDaysCache().value.isEmpty)
  }

  /// Sparkline values worked out per tile are those of every metric worked out at once.
  @Test func sparksPerMetricAgreeWithAllAtOnce() throws {
    let model = try #require(Fixtures.model(.history, asOf: Fixtures.articleDay))
    let cache = SparkCache(model.state)
    #expect(!model.state.metrics.isEmpty)
    for status in model.state.metrics.reversed() {
      let eager = Array(
        ResolvedViewData.series(status.figure.history).suffix(ResolvedViewData.sparkLength))
      #expect(cache.values(status.id) == eager, "\(status.id)")
      #expect(cache.values(status.id) == eager, "\(status.id)")
    }
    #expect(cache.values("no such metric").isEmpty)
  }
}
