/// ASCII stand-ins for the characters a dataset brings (accents, typographic quotes, dashes),
/// so an ASCII screen stays readable; anything else becomes "?".
public enum ASCIIFold {
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
    default: return latinLetter(base.value).map { String(Character($0)) } ?? "?"
    }
  }

  /// The unaccented letter of an accented Latin letter (é → e, č → c, ệ → e): the first scalar
  /// of its canonical decomposition where that is an ASCII letter, "?" where it is not (æ, ß,
  /// ø). Tables rather than a decomposition so that no module needs Foundation; a test checks
  /// them against Foundation's decomposition. Combining accents are separate scalars and
  /// simply dropped.
  public static func latinLetter(_ value: UInt32) -> Unicode.Scalar? {
    let table: String.UTF8View
    let offset: UInt32
    switch value {
    case 0xC0..<0x100: (table, offset) = (latin1.utf8, 0xC0)
    case 0x100..<0x180: (table, offset) = (latinExtendedA.utf8, 0x100)
    case 0x1E00..<0x1F00: (table, offset) = (latinExtendedAdditional.utf8, 0x1E00)
    default: return nil
    }
    let index = table.index(table.startIndex, offsetBy: Int(value - offset))
    let letter = table[index]
    return letter == UInt8(ascii: "?") ? nil : Unicode.Scalar(letter)
  }

  static let latin1 = "AAAAAA?CEEEEIIII?NOOOOO??UUUUY??aaaaaa?ceeeeiiii?nooooo??uuuuy?y"
  static let latinExtendedA =
    "AaAaAaCcCcCcCcDd??EeEeEeEeEeGgGgGgGgHh??IiIiIiIiI???JjKk?LlLlLl?"
    + "???NnNnNn???OoOoOo??RrRrRrSsSsSsSsTtTt??UuUuUuUuUuUuWwYyYZzZzZz?"
  static let latinExtendedAdditional =
    "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm"
    + "MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv"
    + "WwWwWwWwWwXxXxYyZzZzZzhtwy??????AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe"
    + "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy??????"
}
