import MSSView

/// What runs beside the keys: the kiosk's clock, rotation and history, and live data. The
/// event loop sleeps until a key, a signal, the driver's descriptor or the driver's next
/// deadline, so a driver with nothing due costs nothing.
@MainActor
public protocol SessionDriver: AnyObject {
  /// Polled beside the keyboard (the live feed's pipe); nil for none.
  var wakeDescriptor: Int32? { get }
  /// Once, before the first frame.
  func start(_ model: inout AppModel)
  /// When `update` must run even if nothing else happens; nil: only on a wake.
  func nextDeadline() -> ContinuousClock.Instant?
  /// Brings the model up to date; `woken` when the descriptor was readable. Returns whether
  /// it changed anything, so an idle pass draws nothing.
  func update(_ model: inout AppModel, woken: Bool) -> Bool
  /// The `r` key: fetch the data again (the answer arrives later through the descriptor).
  func reload(_ model: inout AppModel)
  /// Once, after the last frame: stop background work.
  func finish()
}
