import MSSView
import Testing

@testable import MSSTerminal

#if canImport(Glibc)
  import Glibc
#endif

/// The per-cell fast paths of `Terminal.draw` against the slower code they replaced.
@Suite struct CellKindTests {
  /// What `Terminal.draw` did before it read bytes: compare Strings, count scalars.
  static func slowKind(_ text: String) -> (content: RowPlan.Content, isBoxDrawing: Bool) {
    if text.isEmpty { return (.continuation, false) }
    if text == " " { return (.blank, false) }
    let scalars = text.unicodeScalars
    guard scalars.count == 1, let scalar = scalars.first, (0x2500...0x257F).contains(scalar.value)
    else { return (.other, false) }
    return (scalar.value == 0x2500 ? .horizontalLine : .other, true)
  }

  static let samples: [String] = {
    var texts = ["", " ", "a", "~", "\u{7F}", "\u{1B}", "é", "e\u{301}", "海", "😀", "·", "…"]
    texts += ["─\u{301}", "│ ", "──", "\u{24FF}", "\u{2580}", "\u{2400}", "\u{E2}"]
    for value in UInt32(0x24F0)...0x2590 {
      if let scalar = Unicode.Scalar(value) { texts.append(String(scalar)) }
    }
    return texts
  }()

  /// The cell a grid stores for `text`.
  static func compact(_ text: String) -> CompactCell {
    var grid = Grid(width: 1, height: 1)
    grid.set(0, 0, Cell(text))
    return grid.compactCells[0]
  }

  @Test(arguments: samples)
  func kindAgreesWithTheStringComparisons(_ text: String) {
    let fast = CellKind.of(Self.compact(text))
    let slow = Self.slowKind(text)
    #expect(fast.content == slow.content && fast.isBoxDrawing == slow.isBoxDrawing)
  }

  /// `CellText.append`'s path for one non-ASCII scalar gives what `characters` gives.
  @Test func appendOfOneScalarAgreesWithCharacters() {
    let texts = ["é", "─", "│", "海", "😀", "\u{85}", "\u{301}", "\u{200D}", "·", "▊", "★", "a"]
    for text in texts {
      for width in [1, 2] {
        for ascii in [false, true] {
          var buffer: [wchar_t] = [7]
          let covered = CellText.append(
            text, width: width, asciiOnly: ascii, columns: CellTextTests.columns, to: &buffer)
          let characters = CellText.characters(
            text, width: width, asciiOnly: ascii, columns: CellTextTests.columns)
          #expect(buffer == [7] + characters.dropLast(), "\(text) \(width) \(ascii)")
          let expected = characters.count == 2 && characters[0] < 0x80 ? 1 : width
          #expect(covered == expected, "\(text) \(width) \(ascii)")
        }
      }
    }
  }
}
