import MSSCore

/// `$XDG_CONFIG_HOME/mssdash/config.yaml`: the dashboard's defaults, so a kiosk boots with a
/// plain `mssdash`. Every key is optional; options on the command line win. docs/kiosk.md.
struct ConfigFile: Equatable {
  var data: String?
  var theme: String?
  var kiosk: Bool?
  /// Seconds.
  var rotate: Double?
  var history: Bool?
  /// Seconds between data checks.
  var reload: Double?
  var lock: Bool?
  var ascii: Bool?
  var color: ColorChoice?

  static let keys = [
    "data", "theme", "kiosk", "rotate", "history", "reload", "lock", "ascii", "color",
  ]

  /// Where it is looked for: $XDG_CONFIG_HOME, else ~/.config; nil without either.
  static func defaultPath(environment: [String: String]) -> String? {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      return "\(xdg)/mssdash/config.yaml"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return "\(home)/.config/mssdash/config.yaml"
  }

  /// The settings that read well, and a diagnostic for each that did not (file:line:column).
  /// A missing file is no config at all; `required` (an explicit `--config`) makes it an error.
  static func load(path: String, required: Bool) -> (config: ConfigFile, problems: [Diagnostic]) {
    if FileStamp.of(path: path) == nil, !required { return (ConfigFile(), []) }
    switch FileReader.readText(path: path, limit: 1 << 20) {
    case .failure(let diagnostic): return (ConfigFile(), [diagnostic])
    case .success(let text): return parse(text, file: path)
    }
  }

  static func parse(_ text: String, file: String) -> (config: ConfigFile, problems: [Diagnostic]) {
    var config = ConfigFile()
    var problems: [Diagnostic] = []
    let root: YAMLNode?
    do {
      root = try YAMLComposer.compose(text)
    } catch {
      return (config, [error.diagnostic(file: file)])
    }
    guard let root else { return (config, []) }  // an empty file: all defaults
    guard root.kind == .mapping else {
      return (config, [diagnostic(root, file: file, "expected a mapping of settings (key: value)")])
    }
    for entry in root.entries {
      let key = entry.key ?? ""
      let value = entry.value
      func fail(_ message: String) {
        problems.append(diagnostic(value, file: file, path: key, message))
      }
      guard let scalar = value.text else {
        fail("expected a single value")
        continue
      }
      switch key {
      case "data", "theme":
        guard !scalar.isEmpty else {
          fail(key == "data" ? "expected a file or URL" : "expected a theme name or file")
          continue
        }
        if key == "data" { config.data = scalar } else { config.theme = scalar }
      case "kiosk", "history", "lock", "ascii":
        guard let flag = bool(scalar) else {
          fail("expected true or false, not '\(scalar)'")
          continue
        }
        switch key {
        case "kiosk": config.kiosk = flag
        case "history": config.history = flag
        case "lock": config.lock = flag
        default: config.ascii = flag
        }
      case "rotate", "reload":
        guard let seconds = Double(scalar), seconds.isFinite, seconds >= 0 else {
          fail("expected seconds, e.g. 10 or 2.5 (0 turns it off), not '\(scalar)'")
          continue
        }
        if key == "rotate" { config.rotate = seconds } else { config.reload = seconds }
      case "color":
        guard let choice = ColorChoice(rawValue: scalar) else {
          fail("expected auto, always or never, not '\(scalar)'")
          continue
        }
        config.color = choice
      default:
        problems.append(
          Diagnostic(
            .error, file: file, line: entry.keyLine, column: entry.keyColumn,
            message: "unknown setting '\(key)'; known: \(keys.joined(separator: ", "))"))
      }
    }
    return (config, problems)
  }

  private static func bool(_ text: String) -> Bool? {
    switch text.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: return nil
    }
  }

  private static func diagnostic(
    _ node: YAMLNode, file: String, path: String = "", _ message: String
  ) -> Diagnostic {
    Diagnostic(
      .error, file: file, line: node.line, column: node.column, path: path, message: message)
  }
}
