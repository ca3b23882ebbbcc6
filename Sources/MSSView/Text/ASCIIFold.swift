/// ASCII stand-ins for the characters a dataset brings (accents, typographic quotes, dashes),
/// so an ASCII screen stays readable; anything else becomes "?".
enum ASCIIFold {
  static func fold(_ text: String) -> String {
    guard let base = text.unicodeScalars.first else { return text }
    if base.isASCII { return String(Character(base)) }
    switch base.value {
    case 0x2018, 0x2019, 0x201A, 0x2032: return "'"
    case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB: return "\""
    case 0x2010...0x2015, 0x2212: return "-"
    case 0x2026: return "."
    case 0x00A0, 0x2000...0x200A: return " "
    case 0x00D7: return "x"
    default: return latinLetter(base.value) ?? "?"
    }
  }

  /// The unaccented letter of a Latin-1 accented letter (é → e), which covers the names in our
  /// datasets; combining accents are already separate scalars and simply dropped.
  private static func latinLetter(_ value: UInt32) -> String? {
    let table: [(ClosedRange<UInt32>, String)] = [
      (0xC0...0xC5, "A"), (0xC7...0xC7, "C"), (0xC8...0xCB, "E"), (0xCC...0xCF, "I"),
      (0xD1...0xD1, "N"), (0xD2...0xD6, "O"), (0xD9...0xDC, "U"), (0xDD...0xDD, "Y"),
      (0xE0...0xE5, "a"), (0xE7...0xE7, "c"), (0xE8...0xEB, "e"), (0xEC...0xEF, "i"),
      (0xF1...0xF1, "n"), (0xF2...0xF6, "o"), (0xF9...0xFC, "u"), (0xFD...0xFD, "y"),
      (0xFF...0xFF, "y"),
    ]
    return table.first { $0.0.contains(value) }?.1
  }
}
