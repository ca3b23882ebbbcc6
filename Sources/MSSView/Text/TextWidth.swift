/// Display width of text in terminal columns, agreeing with what glibc's wcwidth and common
/// terminals do for the clusters `TextSanitizer` lets through.
public enum TextWidth {
  /// Columns taken by one cluster: 0, 1 or 2.
  public static func of(_ cluster: Character) -> Int {
    guard let first = cluster.unicodeScalars.first else { return 0 }
    return of(scalar: first)
  }

  public static func of(scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    // Printable ASCII first: most text is, and the Unicode property lookups below are slow.
    if value >= 0x20, value < 0x7F { return 1 }
    // Latin letters, punctuation, arrows, maths and box drawing: one column, as the property
    // lookups below find (a test holds the two to agree over these ranges).
    if isOneColumn(value) { return 1 }
    return measured(scalar)
  }

  /// Scalars known to be one column without looking up their properties.
  static func isOneColumn(_ value: UInt32) -> Bool {
    isSimple(value) || (0x2190...0x22FF).contains(value) || (0x2500...0x25FC).contains(value)
  }

  /// The width from Unicode properties (what `of(scalar:)` finds for any scalar).
  static func measured(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20, value < 0x7F { return 1 }
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if isZeroWidth(scalar) { return 0 }
    // A lone regional indicator (half a flag) is one column to glibc's wcwidth, which ncurses
    // and most terminals follow, although it has the emoji presentation property.
    if (0x1F1E6...0x1F1FF).contains(value) { return 1 }
    if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// Columns taken by a whole string.
  public static func of(_ text: String) -> Int {
    // In printable ASCII every byte is a cluster of one column; no need to split clusters.
    let ascii = text.utf8.withContiguousStorageIfAvailable(isPrintableASCII)
    if ascii ?? text.utf8.allSatisfy(isPrintableASCII) { return text.utf8.count }
    if let width = simpleWidth(text.unicodeScalars) { return width }
    return text.reduce(0) { $0 + of($1) }
  }

  /// Columns taken by part of a string (wrapping measures words without copying them).
  public static func of(_ text: Substring) -> Int {
    let ascii = text.utf8.withContiguousStorageIfAvailable(isPrintableASCII)
    if ascii ?? text.utf8.allSatisfy(isPrintableASCII) { return text.utf8.count }
    if let width = simpleWidth(text.unicodeScalars) { return width }
    return text.reduce(0) { $0 + of($1) }
  }

  /// The width of text whose every scalar is a one-column cluster of its own: printable ASCII,
  /// Latin-1 and Latin Extended letters, no-break space, and the dashes, curly quotes and
  /// ellipsis of general punctuation — an article's "country’s" or “quote”. None of these
  /// joins a neighbour into a cluster, so counting scalars is exact without grapheme breaking.
  /// Nil when any other scalar is present.
  static func simpleWidth<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> Int? {
    var count = 0
    for scalar in scalars {
      guard isSimple(scalar.value) else { return nil }
      count += 1
    }
    return count
  }

  static func isSimple(_ value: UInt32) -> Bool {
    (0x20..<0x7F).contains(value) || ((0xA0...0x2FF).contains(value) && value != 0xAD)
      || (0x2010...0x2027).contains(value)
  }

  /// Over the bytes in place: iterating a (sub)string's UTF-8 view byte by byte costs several
  /// times more, and wrapping measures every word.
  private static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.allSatisfy(isPrintableASCII)
  }

  private static func isPrintableASCII(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }

  static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return true
    default: return (0x1160...0x11FF).contains(scalar.value)  // Hangul medial vowels and finals
    }
  }

  /// East Asian Wide and Fullwidth blocks (Unicode 15, as in glibc 2.36).
  static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
      0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
      0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF,
      0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// Cuts `text` to at most `width` columns, ending in an ellipsis when anything was cut.
  public static func truncate(_ text: String, to width: Int, ellipsis: String = "\u{2026}")
    -> String
  {
    guard width > 0 else { return "" }
    let clean = TextSanitizer.clean(text)
    if of(clean) <= width { return clean }
    let room = width - of(ellipsis)
    guard room >= 0 else { return String(repeating: ".", count: width) }
    // Every scalar a one-column cluster of its own: the first `room` scalars, without breaking
    // the text into Characters (event titles and sources are cut on every frame).
    if simpleWidth(clean.unicodeScalars) != nil {
      let scalars = clean.unicodeScalars
      return String(clean[..<scalars.index(scalars.startIndex, offsetBy: room)]) + ellipsis
    }
    var out = ""
    var used = 0
    for cluster in clean {
      let w = of(cluster)
      if used + w > room { break }
      out.append(cluster)
      used += w
    }
    return out + ellipsis
  }

  /// Pads or truncates to exactly `width` columns.
  public static func fit(
    _ text: String, to width: Int, alignRight: Bool = false, ellipsis: String = "\u{2026}"
  ) -> String {
    let cut = truncate(text, to: width, ellipsis: ellipsis)
    let gap = String(repeating: " ", count: max(0, width - of(cut)))
    return alignRight ? gap + cut : cut + gap
  }
}
