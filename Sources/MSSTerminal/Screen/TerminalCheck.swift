/// Whether a full-screen dashboard can run here, decided before curses is touched. Pure, so
/// every refusal is tested; each reason is one line for the CLI's "printing a snapshot" note.
enum TerminalCheck {
  static func problem(stdinIsTerminal: Bool, stdoutIsTerminal: Bool, term: String?) -> String? {
    guard stdoutIsTerminal else { return "standard output is not a terminal" }
    guard stdinIsTerminal else { return "standard input is not a terminal" }
    guard let term, !term.isEmpty else { return "TERM is not set" }
    if term == "dumb" { return "TERM=dumb cannot show a full-screen dashboard" }
    return nil
  }

  static func unknownTerminal(_ term: String) -> String {
    "TERM=\(printable(term)) is not a terminal type this system knows"
  }

  static func noCursorAddressing(_ term: String) -> String {
    "TERM=\(printable(term)) cannot move the cursor"
  }

  /// nl_langinfo(CODESET) names UTF-8 "UTF-8" on glibc and "utf8" elsewhere.
  static func isUTF8(codeset: String) -> Bool {
    let letters = codeset.lowercased().filter { $0.isLetter || $0.isNumber }
    return letters == "utf8"
  }

  /// Whether a locale name (LC_ALL, LC_CTYPE or LANG, the first one set) means UTF-8.
  static func asksForUTF8(_ locale: String?) -> Bool {
    guard let locale, let dot = locale.firstIndex(of: ".") else { return false }
    let codeset = locale[locale.index(after: dot)...].prefix { $0 != "@" }
    return isUTF8(codeset: String(codeset))
  }

  /// TERM comes from the environment: it is printed only as plain ASCII, and not at length.
  static func printable(_ text: String) -> String {
    let clean = String(
      text.unicodeScalars.map { (0x21..<0x7F).contains($0.value) ? Character($0) : "?" })
    return clean.count > 40 ? String(clean.prefix(40)) + "..." : clean
  }
}
