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

  init(
    common: CommonOptions, options: KioskOptions, configFile: ConfigFileOptions,
    environment: [String: String]
  ) {
    let (config, problems) = configFile.load(environment: environment)
    self.common = common.completed(by: config)
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
