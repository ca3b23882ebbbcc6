import MSSCore
import Testing

@testable import MSSView

/// Every figure of the seed article is on the first 80×24 screen, with its qualifier, and no
/// qualified number ever appears bare.
@Suite struct SeedFiguresTests {
  static let figures = [
    "\u{2265}10", "~2,900", "~430", "\u{2272}400", "+600", ">700,000", ">5,000,000", "\u{2272}50%",
    "\u{2265}115", ">50%",
  ]

  @Test(arguments: figures)
  func figureIsOnTheFirstScreen(_ figure: String) throws {
    let model = try #require(Fixtures.model(.seed))
    let screen = Dashboard.render(model, width: 80, height: 24).text
    #expect(screen.contains(figure), "\(figure) missing from:\n\(screen)")
  }

  @Test func qualifiedNumbersAreNeverBare() throws {
    let model = try #require(Fixtures.model(.seed))
    let screen = Dashboard.render(model, width: 80, height: 24).text
    for (number, qualifiers) in [
      ("115", ["\u{2265}", "least "]), ("2,900", ["~", "about "]), ("430", ["~"]),
    ] {
      var rest = Substring(screen)
      while let range = rest.firstRange(of: number) {
        let before = screen[..<range.lowerBound]
        #expect(qualifiers.contains { before.hasSuffix($0) }, "bare \(number) on screen")
        rest = rest[range.upperBound...]
      }
    }
  }

  @Test func asciiKeepsQualifiers() throws {
    var model = try #require(Fixtures.model(.seed))
    model.glyphs = .ascii
    let screen = Dashboard.render(model, width: 80, height: 24).text
    for figure in [">=10", "~2,900", "~430", "<~400", ">=115", "<~50%"] {
      #expect(screen.contains(figure), "\(figure) missing in ASCII")
    }
    #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII on an ASCII screen")
  }
}
