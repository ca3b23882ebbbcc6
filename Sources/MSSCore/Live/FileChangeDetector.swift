/// Decides, from one cheap stat(2) per poll, when a watched file must be read again. A poll
/// is a few microseconds, so polling at the reload interval costs nothing while idle.
public struct FileChangeDetector: Sendable {
  public enum Verdict: Equatable, Sendable {
    /// Same file, same contents as last read: nothing to do.
    case unchanged
    /// Read it again.
    case changed
    /// It is gone. Reported only when a second poll still finds it gone: an editor that saves
    /// by renaming leaves the name empty for a moment.
    case missing
  }

  public let path: String
  /// The stamp of the contents last read; nil before the first read or after a failed one.
  private var known: FileStamp??
  private var missingSince = 0

  /// `current` is the stamp of what is on screen (taken before it was read).
  public init(path: String, current: FileStamp?) {
    self.path = path
    known = .some(current)
  }

  /// Polls the file; `stamp` stands in for stat(2) in tests.
  public mutating func poll(stamp: FileStamp?) -> Verdict {
    guard let stamp else {
      missingSince += 1
      // Report once, on the second poll that finds it gone; then wait for it to come back.
      guard missingSince == 2 else { return .unchanged }
      known = .some(nil)
      return .missing
    }
    missingSince = 0
    if case .some(let last) = known, last == stamp { return .unchanged }
    return .changed
  }

  public mutating func poll() -> Verdict { poll(stamp: FileStamp.of(path: path)) }

  /// After reading: `before` and `after` are the stamps taken around the read. When they
  /// differ the file was being written while we read it, so whatever was read is not trusted
  /// and the next poll reads it again. Returns whether the read can be trusted.
  public mutating func read(before: FileStamp?, after: FileStamp?) -> Bool {
    guard before == after else {
      known = nil
      return false
    }
    known = .some(after)
    return true
  }
}
