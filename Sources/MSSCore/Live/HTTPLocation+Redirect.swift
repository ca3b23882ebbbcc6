/// Where a redirect's `Location` header points, seen from the address that answered it.
extension HTTPLocation {
  /// How many redirects one poll follows before it gives up: a published file behind a CDN or
  /// a moved bucket is one or two hops away; more than this is a loop.
  public static let redirectLimit = 5

  /// True for the statuses that mean "fetch it from `Location` instead".
  public static func isRedirect(_ status: Int) -> Bool {
    [301, 302, 303, 307, 308].contains(status)
  }

  /// The address `reference` names: absolute (`https://host/path`), host-relative (`/path`),
  /// scheme-relative (`//host/path`) or relative to this address's directory (`data.yaml`).
  /// A redirect from https to plain http is refused: it would drop the encryption a fleet of
  /// kiosks was told to use.
  public func resolving(_ reference: String) -> Result<HTTPLocation, TransportError> {
    let trimmed = reference.trimmedHTTPSpace()
    guard !trimmed.isEmpty else { return .failure(TransportError("a redirect without a Location")) }
    let absolute: String
    if HTTPLocation.parse(trimmed) != nil {
      absolute = trimmed
    } else if trimmed.hasPrefix("//") {
      absolute = (secure ? "https:" : "http:") + trimmed
    } else if trimmed.contains("://") {
      return .failure(TransportError("a redirect to an address that is not http(s)"))
    } else if trimmed.hasPrefix("/") {
      absolute = origin + trimmed
    } else {
      let path = target.prefix { $0 != "?" }
      let directory = path[...(path.lastIndex(of: "/") ?? path.startIndex)]
      absolute = origin + directory + trimmed
    }
    switch HTTPLocation.parse(absolute) {
    case .success(let next)?:
      guard next.secure || !secure else {
        return .failure(TransportError("a redirect from https to plain http (refused)"))
      }
      return .success(next)
    case .failure(let diagnostic)?:
      return .failure(TransportError("a redirect to a bad address: \(diagnostic.message)"))
    case nil:
      return .failure(TransportError("a redirect to an address that is not http(s)"))
    }
  }

  /// Scheme, host and port, without the path: `http://example.org:8080`.
  private var origin: String { "\(secure ? "https" : "http")://\(hostHeader)" }
}
