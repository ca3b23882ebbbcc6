/// The validators of the last representation fetched from a URL, and what each answer means.
/// A fleet of kiosks polling one file costs the server a header each while nothing changed:
/// the request carries If-None-Match (the ETag) and If-Modified-Since (Last-Modified), and
/// 304 Not Modified means "what you have is current".
public struct ConditionalRequest: Sendable, Equatable {
  public enum Outcome: Equatable, Sendable {
    /// 304: the representation fetched last is still current.
    case notModified
    /// 200: a new representation.
    case content([UInt8])
    /// Anything else: one line on what went wrong.
    case failure(String)
  }

  public private(set) var etag: String?
  public private(set) var lastModified: String?

  public init(etag: String? = nil, lastModified: String? = nil) {
    self.etag = etag
    self.lastModified = lastModified
  }

  /// The headers to send: none before anything was fetched.
  public var headers: [(name: String, value: String)] {
    var headers: [(name: String, value: String)] = []
    if let etag { headers.append(("If-None-Match", etag)) }
    if let lastModified { headers.append(("If-Modified-Since", lastModified)) }
    return headers
  }

  public var isConditional: Bool { etag != nil || lastModified != nil }

  /// Reads an answer; a 200 replaces the validators (a response without them clears them,
  /// so the next request is unconditional rather than conditional on stale ones).
  public mutating func interpret(_ response: HTTPResponse) -> Outcome {
    switch response.status {
    case 200:
      etag = response.header("etag").flatMap(Self.headerSafe)
      lastModified = response.header("last-modified").flatMap(Self.headerSafe)
      return .content(response.body)
    case 304:
      // A 304 to an unconditional request says nothing about what we would get.
      guard isConditional else { return .failure("HTTP 304 to a request that was not conditional") }
      return .notModified
    default:
      return .failure("HTTP \(response.status) \(Self.reason(response.status))")
    }
  }

  /// Validators go back to the server verbatim; one that could break the header is dropped.
  static func headerSafe(_ value: String) -> String? {
    let ok =
      !value.isEmpty && value.count <= 1024
      && value.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
    return ok ? value : nil
  }

  /// Our own words for the common statuses: the server's reason phrase is not shown.
  static func reason(_ status: Int) -> String {
    switch status {
    case 301, 302, 303, 307, 308: return "(a redirect)"
    case 400: return "Bad Request"
    case 401, 403: return "Forbidden"
    case 404: return "Not Found"
    case 408, 504: return "Timeout"
    case 429: return "Too Many Requests"
    case 500: return "Internal Server Error"
    case 502: return "Bad Gateway"
    case 503: return "Service Unavailable"
    default: return status >= 500 ? "(server error)" : "(unexpected status)"
    }
  }
}
