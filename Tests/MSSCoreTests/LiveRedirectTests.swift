import MSSCore
import MSSTestSupport
import Testing

/// A published dataset behind a redirect (a moved file, a CDN): followed on every poll, within
/// a limit, and never from https down to plain http.
@Suite struct LiveRedirectTests {
  static let base = HTTPLocation.parse("http://example.org:8080/mss/today/data.yaml?v=1")

  @Test(
    arguments: [
      ("https://cdn.example.net/d.yaml", "https://cdn.example.net/d.yaml"),
      ("/moved/d.yaml", "http://example.org:8080/moved/d.yaml"),
      ("//mirror.example.org/d.yaml", "http://mirror.example.org/d.yaml"),
      ("d2.yaml", "http://example.org:8080/mss/today/d2.yaml"),
      ("  /spaced.yaml\t", "http://example.org:8080/spaced.yaml"),
    ])
  func locationsResolveAgainstTheAnsweringAddress(reference: String, expected: String) throws {
    let base = try #require(Self.base).get()
    #expect(try base.resolving(reference).get().description == expected)
  }

  @Test(
    arguments: [
      ("http://example.org/d.yaml", "https to plain http"),
      ("ftp://example.org/d.yaml", "not http(s)"),
      ("", "without a Location"),
      ("http://:99/d.yaml", "no host"),
    ])
  func refusals(reference: String, reason: String) throws {
    let secure = try #require(HTTPLocation.parse("https://example.org/d.yaml")).get()
    guard case .failure(let error) = secure.resolving(reference) else {
      Issue.record("\(reference) should be refused")
      return
    }
    #expect(error.message.contains(reason), "\(error.message)")
  }

  @Test func pollFollowsRedirectsAndKeepsConditionalRequests() throws {
    let server = try LoopbackHTTPServer { request in
      if request.hasPrefix("GET /data.yaml ") {
        return LoopbackHTTPServer.response(301, headers: ["Location: /hop"])
      }
      if request.hasPrefix("GET /hop ") {
        return LoopbackHTTPServer.response(307, headers: ["Location: final.yaml"])
      }
      if LoopbackHTTPServer.header("If-None-Match", in: request) == "\"f1\"" {
        return LoopbackHTTPServer.response(304, headers: ["ETag: \"f1\""])
      }
      return LoopbackHTTPServer.response(200, headers: ["ETag: \"f1\""], body: Self.seed)
    }
    defer { server.stop() }
    var poller = SourcePoller(source: .url(try #require(HTTPLocation.parse(server.url)).get()))
    guard case .loaded(let first) = poller.poll(force: true) else {
      Issue.record("the dataset behind two redirects loads")
      return
    }
    #expect(LiveSourcePollerTests.pledged(first) == 2900)
    guard case .current = poller.poll() else {
      Issue.record("the second poll, through the same redirects, is a 304")
      return
    }
    let targets = server.requests.map { $0.split(separator: " ").dropFirst().first ?? "" }
    #expect(targets == ["/data.yaml", "/hop", "/final.yaml", "/data.yaml", "/hop", "/final.yaml"])
  }

  @Test func aRedirectLoopIsABadUpdate() throws {
    let server = try LoopbackHTTPServer { _ in
      LoopbackHTTPServer.response(302, headers: ["Location: /data.yaml"])
    }
    defer { server.stop() }
    var poller = SourcePoller(source: .url(try #require(HTTPLocation.parse(server.url)).get()))
    guard case .failed(let diagnostic) = poller.poll(force: true) else {
      Issue.record("a redirect loop must fail")
      return
    }
    #expect(diagnostic.message == "more than \(HTTPLocation.redirectLimit) redirects")
    #expect(diagnostic.file == server.url)
    #expect(server.requests.count == HTTPLocation.redirectLimit + 1)
  }

  static var seed: String { LiveSourcePollerTests.seed }
}
