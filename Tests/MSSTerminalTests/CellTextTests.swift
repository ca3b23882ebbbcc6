import Testing

@testable import MSSTerminal

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct CellTextTests {
  /// wcwidth as glibc's C.UTF-8 locale has it, for the characters used here.
  static func columns(_ scalar: Unicode.Scalar) -> Int {
    switch scalar.value {
    case 0x301, 0x200D, 0xFE0F: return 0
    case 0x6D77, 0x1F600: return 2
    default: return 1
    }
  }

  func text(_ cell: String, width: Int = 1, ascii: Bool = false) -> [Unicode.Scalar] {
    CellText.characters(cell, width: width, asciiOnly: ascii, columns: Self.columns)
      .dropLast().compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
  }

  /// Appending gives the same characters without the terminator, and says how many columns
  /// they cover, so a wide cell that became "?" or ASCII gets its second column filled.
  @Test func appendCountsColumns() {
    var buffer: [wchar_t] = []
    let append = { (text: String, width: Int, ascii: Bool) in
      CellText.append(text, width: width, asciiOnly: ascii, columns: Self.columns, to: &buffer)
    }
    #expect(append("a", 1, false) == 1)
    #expect(append("海", 2, false) == 2)
    #expect(append("海", 1, false) == 1)
    #expect(append("😀", 2, true) == 1)
    #expect(append("e\u{301}", 1, false) == 1)
    #expect(append("\u{1B}", 1, false) == 1)
    #expect(buffer == [97, 0x6D77, 63, 63, 101, 0x301, 63])
  }

  @Test func terminated() {
    #expect(CellText.characters("a", width: 1, asciiOnly: false, columns: Self.columns) == [97, 0])
  }

  @Test func plainAndWide() {
    #expect(text("a") == ["a"])
    #expect(text("海", width: 2) == ["海"])
    #expect(text("😀", width: 2) == ["😀"])
  }

  @Test func combiningMarksStayWithTheirLetter() {
    #expect(text("e\u{301}") == ["e", "\u{301}"])
  }

  /// A cluster the C library measures differently from the grid would shift the rest of the row.
  @Test func widthDisagreementBecomesAQuestionMark() {
    #expect(text("海", width: 1) == ["?"])
    #expect(text("é", width: 2) == ["?"])
  }

  @Test func joinersAndVariationSelectorsAreDropped() {
    #expect(text("😀\u{200D}😀", width: 2) == ["😀"])
    #expect(text("❤\u{FE0F}") == ["❤"])
  }

  @Test func controlCharactersNeverReachTheTerminal() {
    #expect(text("\u{1B}") == ["?"])
    #expect(text("\u{9B}") == ["?"])
    #expect(text("\u{7F}") == ["?"])
  }

  @Test func asciiFolding() {
    #expect(text("é", ascii: true) == ["e"])
    #expect(text("e\u{301}", ascii: true) == ["e"])
    #expect(text("—", ascii: true) == ["-"])
    #expect(text("≥", ascii: true) == [">"])
    #expect(text("│", ascii: true) == ["|"])
    #expect(text("╭", ascii: true) == ["+"])
    #expect(text("█", ascii: true) == ["#"])
    #expect(text("░", ascii: true) == ["."])
    #expect(text("海", width: 2, ascii: true) == ["?"])
    #expect(text("\u{201C}", ascii: true) == ["\""])
  }
}
