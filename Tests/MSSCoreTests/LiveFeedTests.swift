import Foundation
import MSSCore
import Testing

/// The feed's thread reports through its pipe; `stop` ends it.
@Suite struct LiveFeedTests {
  /// Waits until the feed's descriptor is readable, at most `seconds`.
  static func waitForWake(_ feed: LiveFeed, seconds: Int32 = 5) -> Bool {
    var entry = pollfd(fd: feed.wakeDescriptor, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, seconds * 1000) > 0
  }

  @Test func reportsChangesAndFailuresOnce() throws {
    let directory = NSTemporaryDirectory() + "mssdash-feed-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/data.yaml"
    try LiveSourcePollerTests.seed.write(toFile: path, atomically: true, encoding: .utf8)
    var poller = SourcePoller(source: .file(path))
    _ = poller.poll(force: true)
    let feed = LiveFeed(poller: poller, interval: .milliseconds(50))
    feed.start()
    defer { feed.stop() }

    // Idle: nothing to say.
    usleep(200_000)
    #expect(feed.takeUpdates().isEmpty)

    try LiveSourcePollerTests.changed.write(toFile: path, atomically: true, encoding: .utf8)
    #expect(Self.waitForWake(feed))
    let updates = feed.takeUpdates()
    #expect(updates.count == 1)
    if case .loaded = updates.first {} else { Issue.record("expected new data, got \(updates)") }

    try "schema: [\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(Self.waitForWake(feed))
    if case .failed = feed.takeUpdates().first {} else { Issue.record("expected a failure") }
    usleep(200_000)
    #expect(feed.takeUpdates().isEmpty, "a failure is said once")

    feed.refresh()
    #expect(Self.waitForWake(feed))
    if case .failed = feed.takeUpdates().first {} else { Issue.record("r says it again") }
  }

  @Test func stopEndsTheThreadWhileIdle() {
    let feed = LiveFeed(poller: SourcePoller(source: .bundled(.seed)), interval: nil)
    feed.start()
    let started = ContinuousClock.now
    feed.stop()
    #expect(ContinuousClock.now - started < .seconds(1))
  }
}
