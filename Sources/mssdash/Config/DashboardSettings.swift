import ArgumentParser
import MSSCore
import MSSTerminal

/// What the dashboard runs with: the command line over the config file over the defaults.
struct DashboardSettings {
  /// Kiosk mode checks its data this often unless told otherwise.
  static let defaultReload = 5.0

  var common: CommonOptions
  var kiosk: Bool
  var lock: Bool
  var kioskSettings: KioskSettings
  /// Nil: the data is read again only on `r`.
  var reload: Duration?
  /// Problems in the config file. Kiosk mode runs anyway with the defaults and shows the first
  /// one in the banner; otherwise they are errors (exit 65).
  var configProblems: [Diagnostic]

  init(common: CommonOptions, options: KioskOptions, environment: [String: String]) {
    var config = ConfigFile()
    var problems: [Diagnostic] = []
    if !options.noConfig,
      let path = options.config ?? ConfigFile.defaultPath(environment: environment)
    {
      (config, problems) = ConfigFile.load(path: path, required: options.config != nil)
    }
    var common = common
    common.data = common.data ?? config.data
    common.theme = common.theme ?? config.theme
    if !common.ascii, config.ascii == true { common.ascii = true }
    if common.color == .auto, let color = config.color { common.color = color }
    self.common = common
    configProblems = problems
    kiosk = options.kiosk ?? config.kiosk ?? false
    lock = options.lock ?? config.lock ?? false
    let rotate = (options.rotate ?? config.rotate).flatMap { $0 > 0 ? Self.duration($0) : nil }
    kioskSettings = KioskSettings(
      rotate: rotate, history: options.history ?? config.history ?? false)
    let reloadSeconds = options.reload ?? config.reload ?? (kiosk ? Self.defaultReload : 0)
    reload = reloadSeconds > 0 ? Self.duration(reloadSeconds) : nil
  }

  /// Seconds as a Duration, at least 0.1 s: anything faster would only burn CPU.
  static func duration(_ seconds: Double) -> Duration {
    .milliseconds(Int64((max(seconds, 0.1) * 1000).rounded()))
  }

  /// The config's problems as the banner's one line.
  var configWarning: String? {
    guard let first = configProblems.first else { return nil }
    let more = configProblems.count > 1 ? " (and \(configProblems.count - 1) more)" : ""
    return "config not fully used: \(first.description)\(more)"
  }
}
