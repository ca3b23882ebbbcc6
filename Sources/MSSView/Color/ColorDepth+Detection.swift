extension ColorDepth {
  /// The depth to use for `environment` and the user's `--color` choice. Pure, so tests pass
  /// fake environments; the front end may lower it further to what terminfo reports.
  ///
  /// `--color never` wins over everything; `--color always` wins over `NO_COLOR` (as the
  /// no-color.org convention asks of command-line flags) and means at least 16 colours.
  public static func detect(environment: [String: String], choice: ColorChoice) -> ColorDepth {
    switch choice {
    case .never:
      return .none
    case .always:
      return max(fromTerminal(environment), .sixteen)
    case .auto:
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
      return fromTerminal(environment)
    }
  }

  /// What COLORTERM and TERM say the terminal can show.
  static func fromTerminal(_ environment: [String: String]) -> ColorDepth {
    let term = (environment["TERM"] ?? "").lowercased()
    if term.isEmpty || term == "dumb" || term.hasSuffix("-mono") { return .none }
    let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
    if colorTerm == "truecolor" || colorTerm == "24bit" { return .truecolor }
    if has(term, "direct") || has(term, "truecolor") { return .truecolor }
    if has(term, "256color") { return .palette256 }
    if has(term, "16color") { return .sixteen }
    // The Linux console, screen, tmux, xterm and rxvt all show the 16 basic colours.
    let sixteenColorFamilies = [
      "linux", "xterm", "screen", "tmux", "rxvt", "vte", "konsole", "putty",
    ]
    if sixteenColorFamilies.contains(where: { term.hasPrefix($0) }) { return .sixteen }
    // A DEC VT100 or VT220 shows no colour.
    if term.hasPrefix("vt"), !has(term, "color") { return .none }
    // Any other terminal: the 8 basic colours are the safest guess that still shows colour.
    return .eight
  }

  /// Whether `text` contains `part`, compared byte by byte: the standard library's
  /// `contains(_:)` for strings cost 100,000 instructions a call here, at every start.
  static func has(_ text: String, _ part: String) -> Bool {
    let text = Array(text.utf8)
    let part = Array(part.utf8)
    // As the standard library has it, no string contains the empty one.
    guard !part.isEmpty, part.count <= text.count else { return false }
    for start in 0...(text.count - part.count)
    where text[start..<start + part.count].elementsEqual(part) {
      return true
    }
    return false
  }
}
