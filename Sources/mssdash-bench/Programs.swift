#if canImport(Glibc)
  import Glibc
#endif

/// A terminal program the bench drives: how to start it, how to tell that its first frame is
/// drawn, and which keys do what.
struct Program {
  let name: String
  let executable: String
  var arguments: [String] = []
  /// Text drawn near the end of the first frame (in the footer when there is one). The frame
  /// counts as complete once this has appeared and the output has then been quiet; with none,
  /// at the first quiet gap.
  let marker: String?
  let quitKeys: [UInt8]
  /// Moves the selection down by one.
  var selectionKey: [UInt8]?
  /// Moves focus to the next panel.
  var focusKey: [UInt8]?
  /// Steps the as-of date back.
  var stepKey: [UInt8]?

  /// Down arrow as xterm sends it in keypad-transmit mode (what curses programs turn on).
  static let downArrow: [UInt8] = [0x1B, 0x4F, 0x42]
  /// Down arrow in normal cursor mode (btop does not turn keypad mode on).
  static let plainDownArrow: [UInt8] = [0x1B, 0x5B, 0x42]
  static let tab: [UInt8] = [0x09]

  static func mssdash(_ path: String, arguments: [String] = [], name: String = "mssdash")
    -> Program
  {
    Program(
      name: name, executable: path, arguments: arguments, marker: " help",
      quitKeys: Array("q".utf8),
      selectionKey: Array("j".utf8), focusKey: tab, stepKey: Array("[".utf8))
  }

  /// Kiosk mode has no footer; its first frame ends at the first quiet gap.
  static func kiosk(_ path: String, arguments: [String], name: String) -> Program {
    Program(
      name: name, executable: path, arguments: ["--no-config", "--kiosk"] + arguments,
      marker: nil, quitKeys: Array("q".utf8))
  }

  /// htop 3: the footer ends with "F10Quit"; Tab switches between its screen tabs.
  static func htop(_ path: String) -> Program {
    Program(
      name: "htop", executable: path, marker: "Quit", quitKeys: Array("q".utf8),
      selectionKey: downArrow, focusKey: tab)
  }

  /// btop: the process box's bottom line ("select", "info", …) comes last.
  static func btop(_ path: String) -> Program {
    Program(
      name: "btop", executable: path, marker: "select", quitKeys: Array("q".utf8),
      selectionKey: plainDownArrow)
  }

  /// Finds `name` on PATH.
  static func which(_ name: String) -> String? {
    let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(name)"
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return nil
  }
}
