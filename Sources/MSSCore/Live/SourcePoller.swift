/// Looks at a data source for something new and loads it. Runs on the live feed's worker
/// thread (or once at start-up, before the feed exists), never on the screen's thread.
public struct SourcePoller: Sendable {
  public enum Outcome: Sendable {
    /// Nothing new since the last poll.
    case unchanged
    /// New data that loaded.
    case loaded(LoadedDataset)
    /// New data, or no data, that could not be used; the last good data stays.
    case failed(Diagnostic)
    /// The source answered that what was fetched last is still current (HTTP 304): a failure
    /// reported before (the server was down) is over, if what was fetched last was good.
    case current
  }

  public let source: DataSource
  private var detector: FileChangeDetector?
  private var request = ConditionalRequest()
  /// Why the representation fetched last did not load; a 304 repeats it.
  private var contentProblem: Diagnostic?
  private var socket: SocketTransport
  private var curl: CurlTransport

  /// How long a URL may take to answer.
  public var timeout: Duration {
    get { socket.timeout }
    set {
      socket.timeout = newValue
      curl.timeout = newValue
    }
  }

  public static let defaultTimeout = Duration.seconds(10)

  public init(source: DataSource, timeout: Duration = defaultTimeout) {
    self.source = source
    socket = SocketTransport(timeout: timeout)
    // Only a URL is fetched: looking for curl on PATH is a stat per directory at every start.
    var isURL = false
    if case .url = source { isURL = true }
    curl = CurlTransport(timeout: timeout, program: isURL ? CurlTransport.find() : nil)
    if case .file(let path) = source { detector = FileChangeDetector(path: path, current: nil) }
  }

  /// `force`: read even if nothing seems to have changed (`r`, and the first load).
  public mutating func poll(force: Bool = false) -> Outcome {
    switch source {
    case .bundled(let bundled):
      guard force else { return .unchanged }
      return Self.outcome(bundled.load())
    case .file(let path):
      return pollFile(path, force: force)
    case .url(let location):
      return pollURL(location)
    }
  }

  private mutating func pollFile(_ path: String, force: Bool) -> Outcome {
    guard var detector else { return .unchanged }
    defer { self.detector = detector }
    let verdict = detector.poll()
    switch verdict {
    case .unchanged where !force:
      return .unchanged
    case .missing:
      return .failed(Diagnostic(.error, file: path, message: "no such file (deleted or moved?)"))
    case .unchanged, .changed:
      let before = FileStamp.of(path: path)
      let result = DatasetLoader.load(path: path)
      let after = FileStamp.of(path: path)
      // Caught half-written: say nothing now, read it again at the next poll.
      guard detector.read(before: before, after: after) else { return .unchanged }
      return Self.outcome(result)
    }
  }

  private mutating func pollURL(_ location: HTTPLocation) -> Outcome {
    let name = location.description
    switch fetchFollowingRedirects(location) {
    case .failure(let error):
      return .failed(Diagnostic(.error, file: name, message: error.message))
    case .success(let response):
      switch request.interpret(response) {
      case .notModified:
        return contentProblem.map { .failed($0) } ?? .current
      case .failure(let message):
        return .failed(Diagnostic(.error, file: name, message: message))
      case .content(let bytes):
        let result = FileReader.decode(bytes, file: name).flatMap { text in
          // Local sources (`file:`) of a published dataset are not fetched: their quotes are
          // shown, only the check against the article is skipped (a warning, not an error).
          DatasetLoader(file: name) { _ in nil }.load(text: text, origin: name)
        }
        if case .failure(let diagnostic) = result {
          contentProblem = diagnostic
        } else {
          contentProblem = nil
        }
        return Self.outcome(result)
      }
    }
  }

  /// GETs `location`, following up to `HTTPLocation.redirectLimit` redirects. Every poll
  /// starts again from the address the user gave, even after a permanent redirect: a kiosk
  /// must not keep following a move that its operator has since undone. The validators go to
  /// every hop; only the final answer's count.
  private func fetchFollowingRedirects(_ start: HTTPLocation) -> Result<
    HTTPResponse, TransportError
  > {
    let headers = request.headers
    var location = start
    var hops = 0
    while true {
      let answer =
        location.secure
        ? curl.get(location, headers: headers) : socket.get(location, headers: headers)
      guard case .success(let response) = answer, HTTPLocation.isRedirect(response.status) else {
        return answer
      }
      guard hops < HTTPLocation.redirectLimit else {
        return .failure(TransportError("more than \(HTTPLocation.redirectLimit) redirects"))
      }
      hops += 1
      switch location.resolving(response.header("location") ?? "") {
      case .success(let next): location = next
      case .failure(let error): return .failure(error)
      }
    }
  }

  private static func outcome(_ result: Result<LoadedDataset, Diagnostic>) -> Outcome {
    switch result {
    case .success(let loaded): return .loaded(loaded)
    case .failure(let diagnostic): return .failed(diagnostic)
    }
  }
}
