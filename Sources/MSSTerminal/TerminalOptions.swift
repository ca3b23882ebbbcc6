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
  /// Kiosk with `--lock`: not even `q` quits (Ctrl-C still does).
  public var lockKeys: Bool
  /// Milliseconds between ticks; nil for none (idle forever until a key or signal).
  public var tickMilliseconds: Int?
  /// Runs on every tick (the kiosk's clock, rotation and data polling); the screen is redrawn
  /// only if the grid it produces changed.
  public var onTick: (@MainActor (inout AppModel) -> Void)?

  public init(
    asciiOnly: Bool = false, color: ColorChoice = .auto, themes: [Theme] = [],
    lockKeys: Bool = false,
    tickMilliseconds: Int? = nil, onTick: (@MainActor (inout AppModel) -> Void)? = nil
  ) {
    self.asciiOnly = asciiOnly
    self.color = color
    self.themes = themes
    self.lockKeys = lockKeys
    self.tickMilliseconds = tickMilliseconds
    self.onTick = onTick
  }
}
