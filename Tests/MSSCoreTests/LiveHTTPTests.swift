import MSSCore
import Testing

@Suite struct LiveHTTPTests {
  @Test func locations() throws {
    let plain = try #require(HTTPLocation.parse("http://example.org/mss/data.yaml?v=2")).get()
    #expect(try HTTPLocation.parse("HTTP://example.org:80/mss/data.yaml?v=2")?.get() == plain)
    #expect(!plain.secure)
    #expect(plain.host == "example.org")
    #expect(plain.port == 80)
    #expect(plain.target == "/mss/data.yaml?v=2")
    #expect(plain.hostHeader == "example.org")

    let local = try #require(HTTPLocation.parse("http://127.0.0.1:8080")).get()
    #expect(local.port == 8080)
    #expect(local.target == "/")
    #expect(local.hostHeader == "127.0.0.1:8080")

    let secure = try #require(HTTPLocation.parse("https://[::1]:8443/d.json")).get()
    #expect(secure.secure && secure.host == "::1" && secure.port == 8443)
    #expect(secure.description == "https://[::1]:8443/d.json")

    #expect(HTTPLocation.parse("data.yaml") == nil)
    #expect(HTTPLocation.parse("ftp://x/y") == nil)
    for bad in [
      "http://", "http://host:99999/", "http://host:x/", "http://u:p@host/", "http://h/a b",
    ] {
      let result = try #require(HTTPLocation.parse(bad), "\(bad) is an http URL")
      #expect((try? result.get()) == nil, "\(bad) should be refused")
    }
  }

  @Test func requestCarriesTheValidators() throws {
    let location = try #require(HTTPLocation.parse("http://h:81/d.yaml")).get()
    let text = SocketTransport.request(
      location, headers: [("If-None-Match", "\"abc\""), ("If-Modified-Since", "Tue, 01 Oct 2024")])
    #expect(text.hasPrefix("GET /d.yaml HTTP/1.1\r\nHost: h:81\r\n"))
    #expect(text.contains("\r\nIf-None-Match: \"abc\"\r\n"))
    #expect(text.contains("\r\nIf-Modified-Since: Tue, 01 Oct 2024\r\n"))
    #expect(text.contains("\r\nConnection: close\r\n"))
    #expect(text.hasSuffix("\r\n\r\n"))
  }

  @Test func responses() throws {
    let plain = try HTTPResponse.parse(
      Array("HTTP/1.1 200 OK\r\nETag: \"v1\"\r\nContent-Length: 5\r\n\r\nhello-and-more".utf8)
    ).get()
    #expect(plain.status == 200)
    #expect(plain.header("ETAG") == "\"v1\"")
    #expect(plain.body == Array("hello".utf8))

    let chunked = try HTTPResponse.parse(
      Array(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n"
          .utf8)
    ).get()
    #expect(String(decoding: chunked.body, as: UTF8.self) == "hello world")

    let untilClose = try HTTPResponse.parse(Array("HTTP/1.0 200 OK\r\n\r\nall of it".utf8)).get()
    #expect(untilClose.body == Array("all of it".utf8))

    let curl = try HTTPResponse.parse(
      Array("HTTP/2 304\r\netag: \"v1\"\r\ntransfer-encoding: chunked\r\n\r\n".utf8), decoded: true
    ).get()
    #expect(curl.status == 304 && curl.body.isEmpty)
  }

  @Test func garbageIsNotAResponse() {
    let cases = [
      "", "hello world", "HTTP/1.1 200 OK\r\nno end of headers", "SSH-2.0-OpenSSH\r\n\r\n",
      "HTTP/1.1 2000 OK\r\n\r\n", "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel",
      "HTTP/1.1 200 OK\r\nbad header line\r\n\r\n",
    ]
    for text in cases {
      #expect(throws: HTTPResponse.Malformed.self, "\(text)") {
        try HTTPResponse.parse(Array(text.utf8)).get()
      }
    }
  }

  /// The bookkeeping of conditional requests: what is sent, what each answer means.
  @Test func conditionalRequests() {
    var request = ConditionalRequest()
    #expect(request.headers.isEmpty)
    #expect(
      request.interpret(HTTPResponse(status: 304))
        == .failure("HTTP 304 to a request that was not conditional"))

    let first = HTTPResponse(
      status: 200,
      headers: [("etag", "\"v1\""), ("last-modified", "Tue, 01 Oct 2024 10:00:00 GMT")],
      body: [1, 2])
    #expect(request.interpret(first) == .content([1, 2]))
    #expect(request.headers.map(\.name) == ["If-None-Match", "If-Modified-Since"])
    #expect(request.headers.map(\.value) == ["\"v1\"", "Tue, 01 Oct 2024 10:00:00 GMT"])

    #expect(request.interpret(HTTPResponse(status: 304)) == .notModified)
    // An error answer leaves the validators alone: the next poll is still conditional.
    #expect(
      request.interpret(HTTPResponse(status: 503)) == .failure("HTTP 503 Service Unavailable"))
    #expect(request.etag == "\"v1\"")
    #expect(request.interpret(HTTPResponse(status: 404)) == .failure("HTTP 404 Not Found"))

    // A new version without validators clears them.
    #expect(request.interpret(HTTPResponse(status: 200, body: [3])) == .content([3]))
    #expect(request.headers.isEmpty)

    // A validator that could break the header is not sent back.
    _ = request.interpret(HTTPResponse(status: 200, headers: [("etag", "\"a\"\r\nX: y")]))
    #expect(request.headers.isEmpty)
  }
}
