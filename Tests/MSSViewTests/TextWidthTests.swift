import Testing

@testable import MSSView

@Suite struct TextWidthTests {
  @Test(arguments: [
    ("a", 1), ("é", 1), ("e\u{0301}", 1), ("漢", 2), ("한", 2), ("🔥", 2), ("👮🏽‍♀️", 2), ("\u{200B}", 0),
    ("\u{1B}", 0), ("─", 1), ("≥", 1), ("🇭🇹", 1),
  ])
  func clusterWidth(_ text: String, _ width: Int) throws {
    let cluster = try #require(text.first)
    #expect(TextWidth.of(cluster) == width)
  }

  @Test func stringWidthAddsClusters() {
    #expect(TextWidth.of("日本 Kenya") == 10)
    #expect(TextWidth.of("") == 0)
  }

  @Test func truncateEndsInAnEllipsisAndNeverSplitsAWideCharacter() {
    #expect(TextWidth.truncate("Kenya", to: 10) == "Kenya")
    #expect(TextWidth.truncate("Guatemala", to: 5) == "Guat\u{2026}")
    #expect(TextWidth.truncate("日本国日本国", to: 4) == "日\u{2026}")
    #expect(TextWidth.truncate("abc", to: 0) == "")
    #expect(TextWidth.truncate("abcdef", to: 4, ellipsis: "...") == "a...")
  }

  @Test func fitPadsToExactlyTheWidth() {
    #expect(TextWidth.fit("日本", to: 5) == "日本 ")
    #expect(TextWidth.fit("7", to: 3, alignRight: true) == "  7")
    #expect(TextWidth.of(TextWidth.fit("日本国日本国", to: 5)) == 5)
  }

  /// The printable-ASCII shortcut agrees with the cluster-by-cluster count.
  @Test func theASCIIShortcutAgreesWithCountingClusters() {
    for text in ["Kenya 1,200", "e\u{301}t\u{E9}", "日本 x", "tab\there", "\r\n", "#1 *", ""] {
      let clusters = text.reduce(0) { $0 + TextWidth.of($1) }
      #expect(TextWidth.of(text) == clusters, "\(text.debugDescription)")
      #expect(TextWidth.of(text[...]) == clusters, "\(text.debugDescription)")
    }
  }
}
