import Foundation
import Testing

@testable import MSSView

/// The ASCII stand-in of an accented Latin letter is the first scalar of its canonical
/// decomposition when that is an ASCII letter: the tables against Foundation's decomposition.
@Suite struct ASCIIFoldTests {
  @Test func latinLettersMatchTheirCanonicalDecomposition() {
    var checked = 0
    var disagreements: [String] = []
    for range in [UInt32(0xC0)..<0x180, 0x1E00..<0x1F00] {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let base = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
          .first
        let expected = base.flatMap { $0.isASCII && $0.properties.isAlphabetic ? $0 : nil }
        if ASCIIFold.latinLetter(value) != expected {
          disagreements.append(String(value, radix: 16))
        }
        checked += 1
      }
    }
    #expect(disagreements.isEmpty, "U+\(disagreements)")
    #expect(checked == 192 + 256)
    #expect(ASCIIFold.latinLetter(0x41) == nil, "outside the tables")
  }

  @Test func namesFoldToReadableASCII() {
    let folded = "Jérémie Łódź Nguyễn Dvořák Æsir".map { ASCIIFold.fold(String($0)) }.joined()
    #expect(folded == "Jeremie ?odz Nguyen Dvorak ?sir")
  }
}
