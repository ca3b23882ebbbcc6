import Foundation
import MSSCore
import MSSTestSupport
import MSSView
import Testing

@testable import MSSTerminal

/// Weeks on a wall screen in a minute: thousands of rotation steps and reloads (good, changed
/// and broken files in turn, then URL polls answered 200, 304 and garbage) in one process,
/// with the resident memory read before and after. On demand only, not in CI:
/// `MSSDASH_SOAK=1 swift test --filter KioskSoak` (MSSDASH_SOAK_CYCLES sets the count,
/// default 3000). The figures go to docs/performance.md.
@Suite(
  .enabled(
    if: ProcessInfo.processInfo.environment["MSSDASH_SOAK"] == "1",
    "soak test: set MSSDASH_SOAK=1 to run it"))
@MainActor
struct KioskSoakTests {
  nonisolated static let cycles =
    Int(ProcessInfo.processInfo.environment["MSSDASH_SOAK_CYCLES"] ?? "") ?? 3000

  /// Resident set size in KiB, from /proc/self/statm.
  static func residentKiB() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
      return 0
    }
    let fields = text.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024 : 0
  }

  /// MSSDASH_SOAK_ONLY=rotate or reload runs one half of the file soak, to tell them apart.
  nonisolated static let only = ProcessInfo.processInfo.environment["MSSDASH_SOAK_ONLY"]

  /// RSS is read after a tenth of the cycles (warm-up), then every tenth, and at the end.
  nonisolated static func isSample(_ cycle: Int) -> Bool {
    cycle == cycles - 1 || (cycle > 0 && cycle % max(1, cycles / 10) == 0)
  }

  static func waitForWake(_ feed: LiveFeed) -> Bool {
    var entry = pollfd(fd: feed.wakeDescriptor, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, 5000) > 0
  }

  nonisolated static let seed: String = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    return
      (try? String(contentsOf: root.appendingPathComponent("seeds/mss-seed.yaml"), encoding: .utf8))
      ?? ""
  }()
  nonisolated static let variants = [
    seed, seed.replacingOccurrences(of: "value: about 2,900", with: "value: about 3,200"),
    "schema: [\n",
  ]

  @Test func rotationAndFileReloadsKeepMemoryFlat() throws {
    let directory = NSTemporaryDirectory() + "mssdash-soak-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/data.yaml"
    try Self.seed.write(toFile: path, atomically: true, encoding: .utf8)

    var poller = SourcePoller(source: .file(path))
    guard case .loaded(let first) = poller.poll(force: true) else {
      Issue.record("the seed loads")
      return
    }
    let feed = LiveFeed(poller: poller, interval: nil)
    let session = LiveSession(feed: feed, kiosk: KioskSettings())
    var model = AppModel(dataset: first.dataset, today: Day.today())
    model.kiosk = true
    model.resize(width: 132, height: 43)
    session.start(&model)
    defer { session.finish() }
    var plan = RotationPlan()

    var samples: [(cycle: Int, kib: Int)] = []
    var failures = 0
    var replaced = 0
    var reloads = 0
    let started = ContinuousClock.now
    for cycle in 0..<Self.cycles {
      if cycle % 3 != 0, Self.only != "rotate" {
        // Changed, broken, back to the seed, and again: new data on two reloads out of three.
        reloads += 1
        try Self.variants[reloads % Self.variants.count].write(
          toFile: path, atomically: true, encoding: .utf8)
        feed.refresh()
        try #require(Self.waitForWake(feed), "the feed answers")
        let before = model.dataset
        _ = session.update(&model, woken: true)
        if model.banner != nil { failures += 1 }
        if model.dataset != before { replaced += 1 }
      }
      if Self.only != "reload" {
        RotationPlan.apply(plan.next(for: model), to: &model)
        _ = Dashboard.render(model, width: 132, height: 43)
      }
      if Self.isSample(cycle) {
        samples.append((cycle, Self.residentKiB()))
      }
    }
    let elapsed = ContinuousClock.now - started
    print(
      "KIOSK SOAK file: \(Self.cycles) rotation steps, \(reloads) reloads (\(replaced) with new data), "
        + "\(failures) passes with the banner up, in \(elapsed); RSS KiB at cycle "
        + samples.map { "\($0.cycle): \($0.kib)" }.joined(separator: ", "))
    if Self.only != "rotate" { #expect(replaced > reloads / 2) }
    let growth = (samples.last?.kib ?? 0) - (samples.first?.kib ?? 0)
    print("KIOSK SOAK growth after warm-up: \(growth) KiB")
    #expect(growth < 4096, "memory grew \(growth) KiB after warm-up")
  }

  @Test func urlPollsKeepMemoryFlat() throws {
    let served = SoakServed()
    let server = try LoopbackHTTPServer(lifetime: 600, keepingLast: 16) { served.answer($0) }
    defer { server.stop() }
    let location = try #require(HTTPLocation.parse(server.url)).get()
    var poller = SourcePoller(source: .url(location))
    var kinds: [String: Int] = [:]
    var samples: [(cycle: Int, kib: Int)] = []
    for cycle in 0..<Self.cycles {
      served.version = cycle % 10 == 9 ? 0 : (cycle / 20) % 2 + 1
      switch poller.poll(force: false) {
      case .loaded: kinds["loaded", default: 0] += 1
      case .failed: kinds["failed", default: 0] += 1
      case .current: kinds["current", default: 0] += 1
      case .unchanged: kinds["unchanged", default: 0] += 1
      }
      if Self.isSample(cycle) {
        samples.append((cycle, Self.residentKiB()))
      }
    }
    print(
      "KIOSK SOAK url: \(Self.cycles) polls \(kinds.sorted { $0.key < $1.key }); RSS KiB at cycle "
        + samples.map { "\($0.cycle): \($0.kib)" }.joined(separator: ", "))
    #expect((kinds["current"] ?? 0) > Self.cycles / 2)
    let growth = (samples.last?.kib ?? 0) - (samples.first?.kib ?? 0)
    print("KIOSK SOAK growth after warm-up: \(growth) KiB")
    #expect(growth < 4096, "memory grew \(growth) KiB after warm-up")
  }
}

/// Version 0 is garbage; 1 and 2 are the seed and a changed seed, each with its ETag.
final class SoakServed: @unchecked Sendable {
  // @unchecked: `current` is guarded by `lock`.
  private let lock = NSLock()
  private var current = 1

  var version: Int {
    get { lock.withLock { current } }
    set { lock.withLock { current = newValue } }
  }

  func answer(_ request: String) -> [UInt8] {
    let version = self.version
    let tag = "\"v\(version)\""
    if LoopbackHTTPServer.header("If-None-Match", in: request) == tag {
      return LoopbackHTTPServer.response(304, headers: ["ETag: \(tag)"])
    }
    let body = version == 0 ? "{{{ garbage" : KioskSoakTests.variants[version - 1]
    return LoopbackHTTPServer.response(200, headers: ["ETag: \(tag)"], body: body)
  }
}
