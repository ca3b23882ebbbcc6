/// Makes untrusted text safe for a terminal cell. Dataset and theme strings go through here on
/// every write, so an ESC, an OSC 52 clipboard write or a bidi override can never reach the
/// terminal as anything but a visible placeholder.
public enum TextSanitizer {
  /// Shown where a control or invisible formatting character was.
  public static let placeholder: Character = "\u{FFFD}"

  public static func clean(_ text: String) -> String {
    // Fast paths: plain printable ASCII, and text of the scripts and symbols the panels use,
    // need no work (every cell of every frame comes through here).
    if isStandalone(text) { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for cluster in text {
      out.append(contentsOf: cleanCluster(cluster))
    }
    return out
  }

  /// Whether `clean` leaves `text` as it is because every scalar is a whole character of its
  /// own (`isStandalone(_:)` of a scalar): then each scalar is one cluster.
  static func isStandalone(_ text: String) -> Bool {
    text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F })
      || text.unicodeScalars.allSatisfy(isStandalone)
  }

  /// A cluster is kept as its base character plus combining marks; anything a terminal could
  /// execute, or that would make our width disagree with the terminal's, is replaced.
  static func cleanCluster(_ cluster: Character) -> String {
    let scalars = Array(cluster.unicodeScalars)
    guard let base = scalars.first else { return "" }
    if base == "\t" { return " " }
    if base == "\n" || base == "\r" { return " " }
    // No-break spaces keep words together while wrapping; on screen they are plain spaces.
    if base == "\u{00A0}" { return " " }
    if isUnsafe(base) { return String(placeholder) }
    var kept = String(Character(base))
    for scalar in scalars.dropFirst() {
      if isUnsafe(scalar) { return kept + String(placeholder) }
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark, .spacingMark:
        kept.unicodeScalars.append(scalar)
      default:
        // ZWJ sequences, variation selectors, skin tones, flags' second half: terminals
        // disagree on their width, so only the base character is drawn.
        break
      }
    }
    return kept
  }

  /// A printable scalar that is a whole character on its own: it never joins a neighbour into
  /// one cluster (no marks, joiners, selectors, modifiers, regional indicators or jamo) and is
  /// never replaced. Latin letters, punctuation, arrows, maths, box drawing, blocks, shapes and
  /// dingbats; anything else takes the careful path.
  static func isStandalone(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20..<0x7F, 0xA1...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205E,
      0x2070...0x20CF, 0x2100...0x2BFF:
      return true
    default:
      return false
    }
  }

  /// C0 and C1 controls, DEL, and invisible format characters (bidi overrides and isolates,
  /// zero-width spaces, the BOM, interlinear annotations) that can reorder or hide text.
  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
    if scalar.properties.generalCategory == .format { return true }
    switch value {
    case 0x2028, 0x2029, 0xFFF9...0xFFFB, 0xD800...0xDFFF: return true
    default: return false
    }
  }
}
