import MSSCore
import MSSView

/// How the interactive session should look and behave, beyond the model.
public struct TerminalOptions {
  /// `--ascii`: only ASCII reaches the screen even on a UTF-8 terminal.
  public var asciiOnly: Bool
  /// `--color`; the terminal may still offer fewer colours.
  public var color: ColorChoice
  /// The themes `t` cycles through, in order; the session starts with the first.
  public var themes: [Theme]
  /// More themes for `t`, loaded when it is first pressed (the catalog parses every theme
  /// file: work the first frame need not wait for).
  public var loadThemes: (@MainActor () -> [Theme])?
  /// Kiosk with `--lock`: not even `q` quits (Ctrl-C still does).
  public var lockKeys: Bool
  /// The clock, rotation, history and live data; nil for a plain session.
  public var driver: (any SessionDriver)?

  public init(
    asciiOnly: Bool = false, color: ColorChoice = .auto, themes: [Theme] = [],
    loadThemes: (@MainActor () -> [Theme])? = nil, lockKeys: Bool = false,
    driver: (any SessionDriver)? = nil
  ) {
    self.asciiOnly = asciiOnly
    self.color = color
    self.themes = themes
    self.loadThemes = loadThemes
    self.lockKeys = lockKeys
    self.driver = driver
  }
}
