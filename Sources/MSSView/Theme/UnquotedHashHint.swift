/// The commonest theme-file mistake: `fg: #88c0d0` without quotes. YAML reads the `#` as the
/// start of a comment, which in `{fg: #88c0d0}` also swallows the closing brace and turns into a
/// baffling syntax error; this finds the line so the message can say what happened.
enum UnquotedHashHint {
  /// The 1-based line of the first `: #rrggbb` or `, #rrggbb`-style value outside quotes.
  static func line(in text: String) -> Int? {
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      if hasUnquotedHexValue(Array(line)) { return index + 1 }
    }
    return nil
  }

  static func message(line: Int) -> String {
    "line \(line) has an unquoted #rrggbb colour, which YAML reads as a comment; write it in "
      + "quotes, e.g. fg: \"#88c0d0\""
  }

  private static func hasUnquotedHexValue(_ characters: [Character]) -> Bool {
    var quote: Character?
    for (index, character) in characters.enumerated() {
      if let open = quote {
        if character == open { quote = nil }
        continue
      }
      if character == "\"" || character == "'" {
        quote = character
        continue
      }
      guard character == "#", index > 0,
        characters[index - 1] == " " || characters[index - 1] == "\t"
      else { continue }
      let before = characters[..<index].reversed().first { $0 != " " && $0 != "\t" }
      let digits = characters[(index + 1)...].prefix { $0.isHexDigit }
      if before == ":" || before == "," || before == "[", digits.count == 6 { return true }
    }
    return false
  }
}
