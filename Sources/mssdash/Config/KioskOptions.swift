import MSSCommandLine

/// The dashboard's options for wall screens and live data; each may also come from the config
/// file, and a command-line option wins over it (nil: not given).
struct KioskOptions {
  var kiosk: Bool?
  var rotate: Double?
  var history: Bool?
  var lock: Bool?
  var reload: Double?

  enum Spec {
    static let kiosk = OptionSpec(
      "kiosk", kind: .invertibleFlag,
      help: "Wall-screen mode: a clock, no key hints or cursor, keys do nothing but q (quit).")
    static let rotate = OptionSpec(
      "rotate", kind: .value(.number), valueName: "seconds",
      help: "Kiosk: seconds each panel stays before the next (0: no rotation).")
    static let history = OptionSpec(
      "history", kind: .invertibleFlag,
      help: "Kiosk: step the as-of date through the dataset's dates, then hold on today.")
    static let lock = OptionSpec(
      "lock", kind: .invertibleFlag,
      help: "Kiosk: not even q quits (Ctrl-C or a signal still does).")
    static let reload = OptionSpec(
      "reload", kind: .value(.number), valueName: "seconds",
      help:
        "Seconds between checks of the data file or URL (kiosk default 5; interactive: only on r)."
    )
  }

  static let group = OptionGroup(
    "Kiosk and live data", [Spec.kiosk, Spec.rotate, Spec.history, Spec.lock, Spec.reload])

  init(_ arguments: ParsedArguments) throws {
    kiosk = arguments.flag(Spec.kiosk)
    rotate = arguments.number(Spec.rotate)
    history = arguments.flag(Spec.history)
    lock = arguments.flag(Spec.lock)
    reload = arguments.number(Spec.reload)
    for (option, value) in [(Spec.rotate, rotate), (Spec.reload, reload)] {
      if let value, !(value.isFinite && value >= 0) {
        throw UsageError("\(option.longForm) takes seconds, 0 or more")
      }
    }
  }
}
