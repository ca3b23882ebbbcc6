import MSSView

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The characters curses is given for one cell. Whatever the grid holds, what reaches the
/// terminal takes exactly the columns the grid planned, so a border never shifts: a cluster the
/// C library measures differently, or cannot show, becomes "?".
enum CellText {
  /// Curses keeps a spacing character and at most four combining marks per cell (CCHARW_MAX).
  static let maxMarks = 4

  /// The wide characters for a cell holding `text` over `width` columns (1, or 2 when the next
  /// cell is its continuation), zero-terminated for `setcchar`. `columns` is wcwidth.
  static func characters(
    _ text: String, width: Int, asciiOnly: Bool, columns: (Unicode.Scalar) -> Int
  ) -> [wchar_t] {
    guard let first = text.unicodeScalars.first else { return [32, 0] }
    if first.isASCII, text.unicodeScalars.count == 1 {
      return [isPrintableASCII(first) ? wchar_t(first.value) : 63, 0]
    }
    if asciiOnly { return [wchar_t(AsciiFold.fold(text).value), 0] }
    guard !isControl(first), columns(first) == width else { return [63, 0] }
    var result = [wchar_t(bitPattern: first.value)]
    for mark in text.unicodeScalars.dropFirst() where result.count <= maxMarks {
      // Joiners and variation selectors change the width on some terminals and not others.
      if mark == "\u{200D}" || (0xFE00...0xFE0F).contains(mark.value) { continue }
      if columns(mark) == 0, !isControl(mark) { result.append(wchar_t(bitPattern: mark.value)) }
    }
    result.append(0)
    return result
  }

  /// Appends the characters for a cell (without the terminator) to `buffer` and returns the
  /// columns they take: `width`, or 1 when the cell became one ASCII character or "?" (the
  /// caller then fills the wide cell's second column).
  static func append(
    _ text: String, width: Int, asciiOnly: Bool, columns: (Unicode.Scalar) -> Int,
    to buffer: inout [wchar_t]
  ) -> Int {
    if let scalar = singleScalar(text) {
      return append(
        scalar: scalar, width: width, asciiOnly: asciiOnly, columns: columns, to: &buffer)
    }
    let characters = Self.characters(text, width: width, asciiOnly: asciiOnly, columns: columns)
    buffer.append(contentsOf: characters.dropLast())
    return characters.count == 2 && characters[0] < 0x80 ? 1 : width
  }

  /// `append` for a cell of one scalar, the common case: what `characters` gives, without its
  /// String or arrays.
  static func append(
    scalar: Unicode.Scalar, width: Int, asciiOnly: Bool, columns: (Unicode.Scalar) -> Int,
    to buffer: inout [wchar_t]
  ) -> Int {
    let (character, covered) = character(
      scalar, width: width, asciiOnly: asciiOnly, columns: columns)
    buffer.append(character)
    return covered
  }

  /// The one character curses is given for a cell of one scalar over `width` columns, and the
  /// columns it covers (as `append`).
  static func character(
    _ scalar: Unicode.Scalar, width: Int, asciiOnly: Bool, columns: (Unicode.Scalar) -> Int
  ) -> (character: wchar_t, covered: Int) {
    if scalar.isASCII { return (isPrintableASCII(scalar) ? wchar_t(scalar.value) : 63, 1) }
    if asciiOnly { return (wchar_t(AsciiFold.fold(scalar).value), 1) }
    guard !isControl(scalar), columns(scalar) == width else { return (63, 1) }
    return (wchar_t(bitPattern: scalar.value), width)
  }

  /// The text's only scalar; nil when it has none or several.
  static func singleScalar(_ text: String) -> Unicode.Scalar? {
    var scalars = text.unicodeScalars.makeIterator()
    guard let first = scalars.next(), scalars.next() == nil else { return nil }
    return first
  }

  static func isPrintableASCII(_ scalar: Unicode.Scalar) -> Bool {
    (0x20..<0x7F).contains(scalar.value)
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
  }
}

/// One printable ASCII character standing in for a cluster, for terminals whose locale is not
/// UTF-8 (or `--ascii`): accents dropped, typographic punctuation and drawing characters mapped.
enum AsciiFold {
  static func fold(_ text: String) -> Unicode.Scalar {
    guard let first = text.unicodeScalars.first else { return " " }
    return fold(first)
  }

  /// The fold of a cluster whose first scalar is `first`.
  static func fold(_ first: Unicode.Scalar) -> Unicode.Scalar {
    if CellText.isPrintableASCII(first) { return first }
    if let mapped = table[first.value] { return mapped }
    switch first.value {
    case 0x2500...0x257F: return boxDrawing(first.value)
    case 0x2580...0x259F: return first.value == 0x2591 ? "." : (first.value == 0x2592 ? ":" : "#")
    default: break
    }
    // "é" → "e": the letter without its accent (MSSView's table of Latin letters).
    return ASCIIFold.latinLetter(first.value) ?? "?"
  }

  static func boxDrawing(_ value: UInt32) -> Unicode.Scalar {
    let horizontal: Set<UInt32> = [
      0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550,
    ]
    let vertical: Set<UInt32> = [
      0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551,
    ]
    if horizontal.contains(value) { return "-" }
    if vertical.contains(value) { return "|" }
    return "+"
  }

  static let table: [UInt32: Unicode.Scalar] = [
    0x00A0: " ", 0x00AB: "<", 0x00BB: ">", 0x00B7: "*", 0x00D7: "x", 0x00F7: "/", 0x00B1: "+",
    0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-",
    0x2018: "'", 0x2019: "'", 0x201A: "'", 0x2032: "'", 0x201C: "\"", 0x201D: "\"", 0x201E: "\"",
    0x2033: "\"", 0x2026: ".", 0x2022: "*", 0x2023: ">", 0x2027: "-", 0x2264: "<", 0x2265: ">",
    0x2248: "~", 0x2260: "#", 0x2190: "<", 0x2192: ">", 0x2191: "^", 0x2193: "v", 0x25B6: ">",
    0x25B8: ">", 0x25C0: "<", 0x25C2: "<", 0x25B2: "^", 0x25BC: "v", 0x25CF: "*", 0x25CB: "o",
    0x25A0: "#", 0x25A1: "#", 0x26A0: "!", 0x2713: "v", 0x2717: "x", 0x20AC: "E", 0x00A3: "L",
  ]
}
