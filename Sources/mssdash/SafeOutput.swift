import MSSView

/// Text from files and the environment made safe to print: a value quoted in a diagnostic, a
/// theme's description, a file name, a TERM name. Control characters (ESC and the sequences it
/// starts, C1 controls, bidi overrides, zero-width characters) become U+FFFD, as on the
/// dashboard's screen, so `mssdash validate` on a hostile file cannot retitle the window, write
/// the clipboard or query the terminal. Line breaks are kept.
func terminalSafe(_ text: String) -> String {
  // Plain printable ASCII and line breaks need no work.
  if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }) { return text }
  return text.split(separator: "\n", omittingEmptySubsequences: false)
    .map { TextSanitizer.clean(String($0)) }
    .joined(separator: "\n")
}
