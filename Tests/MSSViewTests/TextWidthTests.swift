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

  /// Truncating text of one-column scalars by scalars gives what the cluster-by-cluster cut
  /// gives.
  @Test func truncateByScalarsAgreesWithClusters() {
    func byClusters(_ text: String, _ width: Int, _ ellipsis: String) -> String {
      let clean = TextSanitizer.clean(text)
      if TextWidth.of(clean) <= width { return clean }
      let room = width - TextWidth.of(ellipsis)
      guard room >= 0 else { return String(repeating: ".", count: width) }
      var out = ""
      var used = 0
      for cluster in clean {
        if used + TextWidth.of(cluster) > room { break }
        out.append(cluster)
        used += TextWidth.of(cluster)
      }
      return out + ellipsis
    }
    let texts = [
      "Guatemala", "country’s “quote” — édition", "a\u{00A0}b", "tab\there", "e\u{301}cole",
      "日本 Kenya", "x\u{1B}[2Jy", "", "Ωmega ≥ 3",
    ]
    for text in texts {
      for width in 1...12 {
        for ellipsis in ["\u{2026}", "..."] {
          #expect(
            TextWidth.truncate(text, to: width, ellipsis: ellipsis)
              == byClusters(text, width, ellipsis), "\(text) \(width)")
        }
      }
    }
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

/// The scalar-counting shortcut agrees with measuring cluster by cluster.
@Suite struct TextWidthShortcutTests {
  static let simple = Array(0x20..<0x7F) + Array(0xA0...0x2FF) + Array(0x2010...0x2027)

  @Test func everySimpleScalarIsOneColumnAndItsOwnCluster() {
    for value in Self.simple where value != 0xAD {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      let text = "a\(scalar)b\(scalar)\(scalar)"
      #expect(TextWidth.of(text) == text.reduce(0) { $0 + TextWidth.of($1) }, "U+\(value)")
      #expect(text.count == 5, "U+\(value) joins a neighbour")
    }
  }

  @Test func anythingElseIsMeasuredByClusters() {
    for text in [
      "e\u{0301}’", "“🇰🇪”", "soft\u{00AD}hyphen’", "漢’", "’\u{200D}", "a\u{0300}\u{2019}",
    ] {
      #expect(TextWidth.simpleWidth(text.unicodeScalars) == nil, "\(text)")
      #expect(TextWidth.of(text) == text.reduce(0) { $0 + TextWidth.of($1) })
      #expect(TextWidth.of(text[...]) == TextWidth.of(text))
    }
  }
}
