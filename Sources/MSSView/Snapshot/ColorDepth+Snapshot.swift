extension ColorDepth {
  /// The depth for `mssdash snapshot --format ansi`. Asking for ANSI is asking for colour, so
  /// where the environment names no terminal at all (cron, CI) `auto` assumes the 16 basic
  /// colours instead of none; `NO_COLOR` and `--color never` still turn colour off.
  public static func forANSISnapshot(environment: [String: String], choice: ColorChoice)
    -> ColorDepth
  {
    let noTerminal = (environment["TERM"] ?? "").isEmpty
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    if choice == .auto, noTerminal, !noColor { return .sixteen }
    return detect(environment: environment, choice: choice)
  }
}
