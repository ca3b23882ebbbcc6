extension ThemeColor {
  /// The sixteen ANSI colour names, in palette order (index 0 to 15).
  public static let ansiNames = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "bright-black", "bright-red", "bright-green", "bright-yellow",
    "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
  ]

  /// Reads a colour as a theme file writes it: an ANSI name, `default`, 0–255 or `#rrggbb`.
  /// The failure is a message for the user.
  public static func parse(_ text: String) -> Result<ThemeColor, ThemeColorError> {
    let trimmed = String(text.filter { $0 != " " && $0 != "\t" })
    if trimmed.isEmpty { return .failure(.empty) }
    let lowered = trimmed.lowercased()
    if lowered == "default" { return .success(.terminalDefault) }
    if let index = ansiNames.firstIndex(of: lowered) { return .success(.indexed(index)) }
    if let index = Int(trimmed) {
      guard (0...255).contains(index) else { return .failure(.indexOutOfRange(trimmed)) }
      return .success(.indexed(index))
    }
    if trimmed.hasPrefix("#") { return parseHex(trimmed) }
    return .failure(.unknownName(trimmed))
  }

  private static func parseHex(_ text: String) -> Result<ThemeColor, ThemeColorError> {
    let digits = Array(text.dropFirst())
    guard digits.count == 6, digits.allSatisfy(\.isHexDigit) else {
      return .failure(.badHex(text))
    }
    func channel(_ offset: Int) -> Int {
      Int(String(digits[offset..<(offset + 2)]), radix: 16) ?? 0
    }
    return .success(.rgb(red: channel(0), green: channel(2), blue: channel(4)))
  }

  /// The colour as a theme file would write it (`bright-cyan`, `117`, `"#88c0d0"`, `default`).
  public var themeFileText: String {
    switch self {
    case .terminalDefault:
      return "default"
    case .indexed(let index):
      return (0..<16).contains(index) ? ThemeColor.ansiNames[index] : String(index)
    case .rgb(let red, let green, let blue):
      return "#" + [red, green, blue].map { hexByte($0) }.joined()
    }
  }

  private func hexByte(_ value: Int) -> String {
    let text = String(min(max(value, 0), 255), radix: 16)
    return text.count == 1 ? "0" + text : text
  }
}

/// Why a colour in a theme file could not be read.
public enum ThemeColorError: Error, Hashable, Sendable, CustomStringConvertible {
  case empty
  case indexOutOfRange(String)
  case badHex(String)
  case unknownName(String)

  public var description: String {
    switch self {
    case .empty:
      return
        "no colour given; quote #rrggbb colours (fg: \"#88c0d0\"): YAML reads an unquoted # as "
        + "the start of a comment"
    case .indexOutOfRange(let text):
      return "colour index \(text) is out of range; indexes go from 0 to 255"
    case .badHex(let text):
      return "'\(text)' is not a colour; write #rrggbb with six hex digits, e.g. \"#88c0d0\""
    case .unknownName(let text):
      let hint =
        NameSuggestion.closest(to: text.lowercased(), among: ThemeColor.ansiNames)
        .map { "did you mean '\($0)'? " } ?? ""
      return
        "unknown colour '\(text)'; \(hint)expected an ANSI name (black, red, green, yellow, blue, "
        + "magenta, cyan, white, or bright- before any of them), default, 0–255 or \"#rrggbb\""
    }
  }
}
