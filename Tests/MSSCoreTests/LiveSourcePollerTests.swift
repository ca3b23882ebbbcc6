import Foundation
import MSSCore
import MSSTestSupport
import Testing

/// Polling a file and a URL: new data loads, a bad update is a failure (the caller keeps the
/// last good data), nothing new is nothing.
@Suite struct LiveSourcePollerTests {
  static let seed: String = {
    (try? FileReader.readText(path: Repository.path("seeds/mss-seed.yaml")).get()) ?? ""
  }()
  static let changed = seed.replacingOccurrences(
    of: "value: about 2,900", with: "value: about 3,200")

  static func pledged(_ loaded: LoadedDataset) -> Double? {
    MissionState(dataset: loaded.dataset, asOf: loaded.dataset.asOf ?? Day.today())
      .pledged.figure.value?.value
  }

  @Test func fileChangesBreaksAndComesBack() throws {
    let directory = NSTemporaryDirectory() + "mssdash-live-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/data.yaml"
    try Self.seed.write(toFile: path, atomically: true, encoding: .utf8)

    var poller = SourcePoller(source: .file(path))
    guard case .loaded(let first) = poller.poll(force: true) else {
      Issue.record("the first poll loads")
      return
    }
    #expect(Self.pledged(first) == 2900)
    guard case .unchanged = poller.poll() else {
      Issue.record("nothing changed")
      return
    }

    try Self.changed.write(toFile: path, atomically: true, encoding: .utf8)
    guard case .loaded(let second) = poller.poll() else {
      Issue.record("a replaced file loads")
      return
    }
    #expect(Self.pledged(second) == 3200)

    try "schema: [\n".write(toFile: path, atomically: true, encoding: .utf8)
    guard case .failed(let problem) = poller.poll() else {
      Issue.record("a broken file fails")
      return
    }
    #expect(problem.file == path && problem.line > 0)
    guard case .unchanged = poller.poll() else {
      Issue.record("a broken file fails once, not on every poll")
      return
    }
    // `r` reads it again all the same.
    guard case .failed = poller.poll(force: true) else {
      Issue.record("r reads it again")
      return
    }
  }

  /// 200 with validators, then 304s; a garbage answer and a server error are failures; a 304
  /// after a server error means the data shown is current again.
  @Test func urlWithConditionalRequests() throws {
    let state = ServedState()
    let server = try LoopbackHTTPServer { request in state.answer(request) }
    defer { server.stop() }
    var poller = SourcePoller(source: .url(try #require(HTTPLocation.parse(server.url)).get()))

    guard case .loaded(let first) = poller.poll(force: true) else {
      Issue.record("the first fetch loads")
      return
    }
    #expect(Self.pledged(first) == 2900)
    guard case .current = poller.poll() else {
      Issue.record("a 304 is current")
      return
    }
    #expect(LoopbackHTTPServer.header("If-None-Match", in: server.requests[1]) == "\"v1\"")

    state.set(.failing)
    guard case .failed(let down) = poller.poll() else {
      Issue.record("a 500 is a failure")
      return
    }
    #expect(down.message == "HTTP 500 Internal Server Error")
    state.set(.serving(version: 1))
    guard case .current = poller.poll() else {
      Issue.record("back up with the same version: current")
      return
    }

    state.set(.garbage)
    guard case .failed(let garbage) = poller.poll() else {
      Issue.record("garbage is a failure")
      return
    }
    #expect(garbage.file == server.url)
    // The garbage has its own ETag: a 304 for it is still the garbage.
    guard case .failed(let again) = poller.poll() else {
      Issue.record("a 304 of garbage is still a failure")
      return
    }
    #expect(again == garbage)

    state.set(.serving(version: 2))
    guard case .loaded(let fixed) = poller.poll() else {
      Issue.record("a good version loads")
      return
    }
    #expect(Self.pledged(fixed) == 3200)
  }

  @Test func serverDownOrSilent() throws {
    // Bound and closed at once: nothing listens on the port any more.
    let closed = try LoopbackHTTPServer { _ in [] }
    let port = closed.port
    closed.stop()
    usleep(200_000)
    var refused = SourcePoller(
      source: .url(try #require(HTTPLocation.parse("http://127.0.0.1:\(port)/d")).get()))
    guard case .failed(let problem) = refused.poll(force: true) else {
      Issue.record("a refused connection is a failure")
      return
    }
    #expect(problem.message.contains("cannot connect"))

    let silent = try LoopbackHTTPServer { _ in
      Thread.sleep(forTimeInterval: 2)
      return []
    }
    defer { silent.stop() }
    var waiting = SourcePoller(
      source: .url(try #require(HTTPLocation.parse(silent.url)).get()), timeout: .milliseconds(300))
    let started = ContinuousClock.now
    guard case .failed(let timedOut) = waiting.poll(force: true) else {
      Issue.record("no answer in time is a failure")
      return
    }
    #expect(ContinuousClock.now - started < .seconds(2))
    #expect(timedOut.message.contains("within"))
  }
}

/// What the test server answers; switched by the test.
final class ServedState: @unchecked Sendable {
  // @unchecked: `mode` is guarded by `lock`.
  enum Mode {
    case serving(version: Int)
    case failing
    case garbage
  }

  private let lock = NSLock()
  private var mode = Mode.serving(version: 1)

  func set(_ mode: Mode) { lock.withLock { self.mode = mode } }

  func answer(_ request: String) -> [UInt8] {
    let sent = LoopbackHTTPServer.header("If-None-Match", in: request)
    switch lock.withLock({ mode }) {
    case .failing:
      return LoopbackHTTPServer.response(500, body: "oops")
    case .garbage:
      if sent == "\"g\"" { return LoopbackHTTPServer.response(304, headers: ["ETag: \"g\""]) }
      return LoopbackHTTPServer.response(200, headers: ["ETag: \"g\""], body: "{{{ not yaml")
    case .serving(let version):
      let tag = "\"v\(version)\""
      if sent == tag { return LoopbackHTTPServer.response(304, headers: ["ETag: \(tag)"]) }
      let body = version == 1 ? LiveSourcePollerTests.seed : LiveSourcePollerTests.changed
      return LoopbackHTTPServer.response(
        200, headers: ["ETag: \(tag)", "Last-Modified: Fri, 11 Oct 2024 12:00:00 GMT"], body: body)
    }
  }
}
