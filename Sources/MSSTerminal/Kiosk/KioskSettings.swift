/// `--kiosk` and its companions, as the CLI and the config file settled them.
public struct KioskSettings: Sendable, Equatable {
  /// Time each rotation step stays on screen; nil: no rotation.
  public var rotate: Duration?
  /// Step the as-of date through the dataset's dates, then hold on today.
  public var history: Bool
  /// Time each history date stays, when there is no rotation to follow.
  public var historyStep: Duration

  public init(rotate: Duration? = nil, history: Bool = false, historyStep: Duration = .seconds(5)) {
    self.rotate = rotate
    self.history = history
    self.historyStep = historyStep
  }
}
