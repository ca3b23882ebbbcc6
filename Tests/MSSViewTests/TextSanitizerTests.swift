import Testing

@testable import MSSView

/// Dataset text can never reach the terminal as a control sequence.
@Suite struct TextSanitizerTests {
  static let placeholder = String(TextSanitizer.placeholder)

  @Test(arguments: [
    ("\u{1B}[31mred", "\u{FFFD}[31mred"),  // CSI
    ("\u{1B}]52;c;ZXZpbA==\u{07}", "\u{FFFD}]52;c;ZXZpbA==\u{FFFD}"),  // OSC 52 clipboard write
    ("a\u{9B}2Jb", "a\u{FFFD}2Jb"),  // C1 CSI
    ("\u{202E}evil\u{202C}", "\u{FFFD}evil\u{FFFD}"),  // bidi override and pop
    ("zero\u{200B}width", "zero\u{FFFD}width"),
    ("del\u{7F}", "del\u{FFFD}"),
    ("tab\there", "tab here"),
    ("line\nbreak", "line break"),
    ("no\u{00A0}break", "no break"),
  ])
  func controlsBecomePlaceholders(_ input: String, _ expected: String) {
    #expect(TextSanitizer.clean(input) == expected)
  }

  @Test func printableTextIsUntouched() {
    for text in ["Kenya ≥115 ~2,900", "Côte d’Ivoire", "e\u{0301}", "日本 🇭🇹", "plain ASCII"] {
      #expect(TextSanitizer.clean(text).unicodeScalars.allSatisfy { $0.value >= 0x20 })
    }
    #expect(TextSanitizer.clean("e\u{0301}") == "e\u{0301}")
    #expect(TextSanitizer.clean("plain") == "plain")
  }

  @Test func gridWritesNeverStoreControls() {
    var grid = Grid(width: 20, height: 1)
    grid.write("\u{1B}[2J\u{1B}]0;title\u{07}", x: 0, y: 0, role: .text)
    #expect(
      !grid.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
  }

  /// The fast path agrees with the careful one: every scalar it lets through unchanged is one
  /// the careful path keeps as it is, alone and between neighbours.
  @Test func standaloneScalarsAreKeptByTheCarefulPathToo() {
    var checked = 0
    var disagreements: [String] = []
    for value in UInt32(0x20)...0x2FFF {
      guard let scalar = Unicode.Scalar(value), TextSanitizer.isStandalone(scalar) else { continue }
      let character = Character(scalar)
      if TextSanitizer.cleanCluster(character) != String(character) {
        disagreements.append("U+\(String(value, radix: 16)) is changed")
      }
      if "a\(character)b\(character)".count != 4 {
        disagreements.append("U+\(String(value, radix: 16)) joins a neighbour")
      }
      checked += 1
    }
    #expect(disagreements.isEmpty, "\(disagreements)")
    #expect(checked > 3_500)
    #expect(!TextSanitizer.isStandalone("\u{AD}"))
    #expect(!TextSanitizer.isStandalone("\u{301}"))
    #expect(!TextSanitizer.isStandalone("\u{200D}"))
    #expect(TextSanitizer.clean("Jérémie ≥115 ╭─ ▲ ★") == "Jérémie ≥115 ╭─ ▲ ★")
    #expect(TextSanitizer.clean("e\u{301}\u{202E}x") == "e\u{301}\u{FFFD}x")
  }
}
