#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a dataset file defensively: refuses directories, devices, FIFOs (without blocking on
/// them) and anything larger than a limit, and decodes UTF-8 strictly.
public enum FileReader {
  /// Nobody writes a 64 MiB mission dataset; a file that large is a mistake or an attack.
  public static let defaultLimit = 64 * 1024 * 1024

  public static func readText(path: String, limit: Int = defaultLimit) -> Result<String, Diagnostic>
  {
    readBytes(path: path, limit: limit).flatMap { decode($0, file: path) }
  }

  public static func readBytes(path: String, limit: Int = defaultLimit) -> Result<
    [UInt8], Diagnostic
  > {
    func fail(_ message: String) -> Result<[UInt8], Diagnostic> {
      .failure(Diagnostic(.error, file: path, message: message))
    }
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      let code = errno
      switch code {
      case ENOENT: return fail(isDanglingLink(path) ? "broken symbolic link" : "no such file")
      case EACCES, EPERM: return fail("permission denied")
      case ELOOP: return fail("too many levels of symbolic links")
      default: return fail(String(cString: strerror(code)))
      }
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return fail("cannot stat the file") }
    let kind = info.st_mode & S_IFMT
    if kind == S_IFDIR { return fail("is a directory, not a dataset file") }
    guard kind == S_IFREG else { return fail("is not a regular file (a FIFO, socket or device)") }
    guard Int(info.st_size) <= limit else {
      return fail(
        "is \(Int(info.st_size) / 1_048_576) MiB; the limit is \(limit / 1_048_576) MiB")
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(info.st_size))
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return fail(String(cString: strerror(errno)))
      }
      if count == 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
      // The file may grow while we read it.
      guard bytes.count <= limit else {
        return fail("grew past the \(limit / 1_048_576) MiB limit")
      }
    }
    return .success(bytes)
  }

  /// Strict UTF-8: a BOM is dropped, CRLF becomes LF, NUL bytes mean a binary file.
  public static func decode(_ bytes: [UInt8], file: String) -> Result<String, Diagnostic> {
    var slice = bytes[...]
    if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
    if slice.isEmpty {
      return .failure(Diagnostic(.error, file: file, message: "the file is empty"))
    }
    if let offset = slice.firstIndex(of: 0) {
      return .failure(
        Diagnostic(
          .error, file: file,
          message: "binary data (a NUL byte at offset \(offset)), not a text dataset"))
    }
    guard let text = String(validating: slice, as: UTF8.self) else {
      let offset = firstInvalidUTF8Offset(slice) ?? 0
      let line =
        slice[slice.startIndex..<(slice.startIndex + offset)].filter { $0 == 0x0A }.count + 1
      return .failure(
        Diagnostic(
          .error, file: file, line: line, column: 1,
          message: "invalid UTF-8 at byte offset \(offset)"))
    }
    // A byte scan first: searching a large text by characters is slow.
    let hasReturns = slice.contains(0x0D)
    return .success(
      hasReturns && text.contains("\r\n") ? text.replacingAll("\r\n", with: "\n") : text)
  }

  private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    var consumed = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        consumed += UTF8.width(scalar)
        offset = consumed
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }

  private static func isDanglingLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
  }
}

extension String {
  /// Replaces every occurrence without Foundation.
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var out = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      out += rest[rest.startIndex..<range.lowerBound]
      out += replacement
      rest = rest[range.upperBound...]
    }
    return out + rest
  }
}
