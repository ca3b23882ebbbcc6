import ArgumentParser

/// The dashboard's options for wall screens and live data; each may also come from the config
/// file, and a command-line option wins over it.
struct KioskOptions: ParsableArguments {
  @Flag(
    inversion: .prefixedNo,
    help: "Wall-screen mode: a clock, no key hints or cursor, keys do nothing but q (quit).")
  var kiosk: Bool?

  @Option(
    help: ArgumentHelp(
      "Kiosk: seconds each panel stays before the next (0: no rotation).", valueName: "seconds"))
  var rotate: Double?

  @Flag(
    inversion: .prefixedNo,
    help: "Kiosk: step the as-of date through the dataset's dates, then hold on today.")
  var history: Bool?

  @Flag(inversion: .prefixedNo, help: "Kiosk: not even q quits (Ctrl-C or a signal still does).")
  var lock: Bool?

  @Option(
    help: ArgumentHelp(
      "Seconds between checks of the data file or URL (kiosk default 5; interactive: only on r).",
      valueName: "seconds"))
  var reload: Double?

  func validate() throws {
    for (name, value) in [("--rotate", rotate), ("--reload", reload)] {
      if let value, !(value.isFinite && value >= 0) {
        throw ValidationError("\(name) takes seconds, 0 or more")
      }
    }
  }
}
