import Foundation
import MSSCore
import MSSView
import Testing

@testable import MSSTerminal

/// The driver between the live feed and the model: a bad update keeps the data and raises the
/// banner with the data's age; a good one replaces the data and clears it; the kiosk's clock
/// and deadlines.
@Suite @MainActor struct KioskLiveSessionTests {
  static func waitForWake(_ feed: LiveFeed) -> Bool {
    var entry = pollfd(fd: feed.wakeDescriptor, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, 5000) > 0
  }

  @Test func badUpdateKeepsTheDataAndAGoodOneClearsTheBanner() throws {
    let seed = BundledDataset.seed.text
    let directory = NSTemporaryDirectory() + "mssdash-session-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/data.yaml"
    try seed.write(toFile: path, atomically: true, encoding: .utf8)

    var poller = SourcePoller(source: .file(path))
    guard case .loaded(let first) = poller.poll(force: true) else {
      Issue.record("the seed loads")
      return
    }
    let feed = LiveFeed(poller: poller, interval: nil)
    let session = LiveSession(feed: feed, kiosk: KioskSettings())
    var model = AppModel(dataset: first.dataset, today: Day.today())
    model.kiosk = true
    session.start(&model)
    defer { session.finish() }
    #expect(model.clock?.contains(":") == true, "a kiosk shows the clock from the start")
    #expect(model.banner == nil)
    let deadline = try #require(session.nextDeadline())
    #expect(ContinuousClock.now.duration(to: deadline) <= .seconds(61), "the next minute")

    try "schema: [\n".write(toFile: path, atomically: true, encoding: .utf8)
    feed.refresh()
    #expect(Self.waitForWake(feed))
    #expect(session.update(&model, woken: true))
    let banner = try #require(model.banner)
    #expect(banner.hasPrefix("Reload failed, showing data loaded "), "\(banner)")
    #expect(banner.contains("(just now): data.yaml:2:1: "), "\(banner)")
    #expect(model.dataset == first.dataset, "the last good data stays")

    let changed = seed.replacingOccurrences(of: "value: about 2,900", with: "value: about 3,200")
    try changed.write(toFile: path, atomically: true, encoding: .utf8)
    feed.refresh()
    #expect(Self.waitForWake(feed))
    #expect(session.update(&model, woken: true))
    #expect(model.banner == nil)
    #expect(model.state.pledged.figure.value?.value == 3200)

    // Nothing due, nothing new: nothing to draw.
    #expect(!session.update(&model, woken: false))
  }

  /// A standing warning (a theme or config problem) shows while no update has failed.
  @Test func warningWhenAllIsWell() throws {
    let dataset = try BundledDataset.seed.load().get().dataset
    let session = LiveSession(feed: nil, kiosk: nil, warning: "theme not used")
    var model = AppModel(dataset: dataset, today: Day.today())
    session.start(&model)
    #expect(model.banner == "theme not used")
    #expect(model.clock == nil, "no clock outside kiosk mode")
    #expect(session.nextDeadline() == nil, "an interactive session with nothing to watch sleeps")
  }
}
