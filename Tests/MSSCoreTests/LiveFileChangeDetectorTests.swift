import Foundation
import MSSCore
import Testing

@Suite struct LiveFileChangeDetectorTests {
  static let one = FileStamp(device: 1, inode: 10, size: 100, modified: 1_000)

  @Test func sameStampIsUnchanged() {
    var detector = FileChangeDetector(path: "d.yaml", current: Self.one)
    #expect(detector.poll(stamp: Self.one) == .unchanged)
  }

  @Test func writtenInPlaceOrReplacedIsChanged() {
    let written = FileStamp(device: 1, inode: 10, size: 100, modified: 1_001)
    let grown = FileStamp(device: 1, inode: 10, size: 101, modified: 1_000)
    let renamed = FileStamp(device: 1, inode: 11, size: 100, modified: 1_000)
    for stamp in [written, grown, renamed] {
      var detector = FileChangeDetector(path: "d.yaml", current: Self.one)
      #expect(detector.poll(stamp: stamp) == .changed)
    }
  }

  /// An editor's save-by-rename leaves the name empty for a moment: one poll that finds no
  /// file says nothing; the second reports it once; its return is a change.
  @Test func deletedIsReportedOnTheSecondPollThenRestored() {
    var detector = FileChangeDetector(path: "d.yaml", current: Self.one)
    #expect(detector.poll(stamp: nil) == .unchanged)
    #expect(detector.poll(stamp: nil) == .missing)
    #expect(detector.poll(stamp: nil) == .unchanged)
    #expect(detector.poll(stamp: Self.one) == .changed)
    _ = detector.read(before: Self.one, after: Self.one)
    #expect(detector.poll(stamp: Self.one) == .unchanged)
  }

  @Test func aReadDuringAWriteIsNotTrusted() {
    let later = FileStamp(device: 1, inode: 10, size: 200, modified: 2_000)
    var detector = FileChangeDetector(path: "d.yaml", current: nil)
    #expect(detector.poll(stamp: Self.one) == .changed)
    let trusted = detector.read(before: Self.one, after: later)
    #expect(!trusted)
    // Whatever is there now is read again at the next poll.
    #expect(detector.poll(stamp: later) == .changed)
    let settled = detector.read(before: later, after: later)
    #expect(settled)
    #expect(detector.poll(stamp: later) == .unchanged)
  }

  /// The real stat(2): write in place, replace by rename, delete and restore.
  @Test func stampsFollowTheFile() throws {
    let directory = NSTemporaryDirectory() + "mssdash-live-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/data.yaml"
    try "a: 1\n".write(toFile: path, atomically: false, encoding: .utf8)
    let first = try #require(FileStamp.of(path: path))
    var detector = FileChangeDetector(path: path, current: first)
    #expect(detector.poll() == .unchanged)

    try "a: 22\n".write(toFile: path, atomically: false, encoding: .utf8)
    #expect(detector.poll() == .changed)
    _ = detector.read(before: FileStamp.of(path: path), after: FileStamp.of(path: path))

    try "a: 33\n".write(toFile: path + ".new", atomically: false, encoding: .utf8)
    #expect(rename(path + ".new", path) == 0)
    #expect(detector.poll() == .changed)
    _ = detector.read(before: FileStamp.of(path: path), after: FileStamp.of(path: path))

    try FileManager.default.removeItem(atPath: path)
    #expect(FileStamp.of(path: path) == nil)
    #expect(detector.poll() == .unchanged)
    #expect(detector.poll() == .missing)
    try "a: 33\n".write(toFile: path, atomically: false, encoding: .utf8)
    #expect(detector.poll() == .changed)
  }
}
