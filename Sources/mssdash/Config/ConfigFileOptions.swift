import MSSCommandLine
import MSSCore

/// Which config file to read: the dashboard and `snapshot` both take their data, theme, ASCII
/// and colour settings from it, so a cron job's snapshot shows what the wall screen shows.
struct ConfigFileOptions {
  var config: String?
  var noConfig = false

  enum Spec {
    static let config = OptionSpec(
      "config", kind: .value(.path), valueName: "file",
      help: "The config file (default $XDG_CONFIG_HOME/mssdash/config.yaml).")
    static let noConfig = OptionSpec("no-config", help: "Do not read the config file.")
  }

  static let group = OptionGroup("Configuration", [Spec.config, Spec.noConfig])

  init(_ arguments: ParsedArguments) {
    config = arguments.text(Spec.config)
    noConfig = arguments.isSet(Spec.noConfig)
  }

  /// The config file's settings (empty when there is none or `--no-config`), and its problems.
  func load(environment: [String: String]) -> (ConfigFile, [Diagnostic]) {
    guard !noConfig, let path = config ?? ConfigFile.defaultPath(environment: environment) else {
      return (ConfigFile(), [])
    }
    return ConfigFile.load(path: path, required: config != nil)
  }
}

extension CommonOptions {
  /// These options with the config file's filling what the command line left unsaid.
  func completed(by config: ConfigFile) -> CommonOptions {
    var common = self
    common.data = common.data ?? config.data
    common.theme = common.theme ?? config.theme
    if !common.ascii, config.ascii == true { common.ascii = true }
    if common.color == .auto, let color = config.color { common.color = color }
    return common
  }
}
