import MSSCore
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A scratch directory of the test's own, removed with everything in it at the end.
final class ScratchDirectory {
  let path: String

  init() throws {
    var template = Array("/tmp/mssdash-hardening-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer -> Bool in
      guard let base = buffer.baseAddress else { return false }
      return mkdtemp(base) != nil
    }
    guard made else { throw ScratchFailure("mkdtemp failed") }
    path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  deinit { Self.remove(path) }

  func file(_ name: String) -> String { "\(path)/\(name)" }

  /// Creates `name` holding `bytes` and returns its path.
  @discardableResult
  func create(_ name: String, _ bytes: [UInt8]) throws -> String {
    let target = file(name)
    let fd = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw ScratchFailure("cannot create \(target)") }
    defer { close(fd) }
    var offset = 0
    while offset < bytes.count {
      let count = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      guard count > 0 else { throw ScratchFailure("cannot write \(target)") }
      offset += count
    }
    return target
  }

  @discardableResult
  func create(_ name: String, _ text: String) throws -> String {
    try create(name, Array(text.utf8))
  }

  private static func remove(_ path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      if let directory = opendir(path) {
        while let entry = readdir(directory) {
          let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
          }
          if name != ".", name != ".." { remove("\(path)/\(name)") }
        }
        closedir(directory)
      }
      rmdir(path)
    } else {
      unlink(path)
    }
  }
}

struct ScratchFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// Every kind of bad file gets one clear message (with line and column where it has one), and
/// nothing blocks, crashes or takes long: empty, binary, invalid UTF-8, a directory, a FIFO, a
/// device, no permission, a broken or looping symbolic link, a file over the 64 MiB limit.
/// A BOM and CRLF line ends are fine.
@Suite struct HardeningBadFileTests {
  func loadFile(_ path: String) -> Result<LoadedDataset, Diagnostic> {
    DatasetLoader.load(path: path)
  }

  func expectRefused(
    _ path: String, _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let start = ContinuousClock.now
    let result = loadFile(path)
    #expect(
      ContinuousClock.now - start < .seconds(2), "took too long", sourceLocation: sourceLocation)
    #expect(
      result.failureDescription == "\(path): error: \(message)", sourceLocation: sourceLocation)
  }

  @Test func emptyFiles() throws {
    let scratch = try ScratchDirectory()
    expectRefused(try scratch.create("empty.yaml", []), "the file is empty")
    expectRefused(try scratch.create("bom-only.yaml", [0xEF, 0xBB, 0xBF]), "the file is empty")
    expectRefused(
      try scratch.create("comments.yaml", "# nothing\n\n   \n"), "the file holds no YAML document")
  }

  @Test func binaryAndInvalidUTF8() throws {
    let scratch = try ScratchDirectory()
    expectRefused(
      try scratch.create("binary.yaml", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]),
      "binary data (a NUL byte at offset 6), not a text dataset")
    // Latin-1 "café" on the last line: the message names the line and the byte.
    let latin1 = Array(minimalDataset("note: caf").utf8) + [0xE9, 0x0A]
    let line = minimalDataset("note: caf").split(separator: "\n").count
    let path = try scratch.create("latin1.yaml", latin1)
    #expect(
      loadFile(path).failureDescription
        == "\(path):\(line):1: error: invalid UTF-8 at byte offset \(latin1.count - 2)")
    // A lone continuation byte, an overlong encoding, a surrogate, a truncated sequence.
    for bad: [UInt8] in [[0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82]] {
      let path = try scratch.create("bad.yaml", Array("a: ".utf8) + bad + [0x0A])
      #expect(
        loadFile(path).failureDescription?.contains("invalid UTF-8 at byte offset 3") == true)
    }
  }

  @Test func byteOrderMarkAndCRLFLoad() throws {
    let scratch = try ScratchDirectory()
    let text = minimalDataset("contributors:\n  - id: KE\n    name: Kenya")
    let bom = try scratch.create("bom.yaml", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
    #expect(try loadFile(bom).get().dataset.contributors.first?.name == "Kenya")
    let crlf = try scratch.create("crlf.yaml", text.replacingOccurrences("\n", with: "\r\n"))
    #expect(try loadFile(crlf).get().dataset.contributors.first?.name == "Kenya")
    // An error in a BOM + CRLF file points where an editor shows it.
    let broken = try scratch.create(
      "crlf-broken.yaml",
      [0xEF, 0xBB, 0xBF]
        + Array(
          minimalDataset("contributors:\n  - id: KE\n    name: [Kenya]")
            .replacingOccurrences("\n", with: "\r\n").utf8))
    #expect(
      loadFile(broken).failureDescription
        == "\(broken):12:11: error: contributors[0].name: expected text, found a list")
  }

  @Test func notRegularFiles() throws {
    let scratch = try ScratchDirectory()
    mkdir(scratch.file("dir.yaml"), 0o755)
    expectRefused(scratch.file("dir.yaml"), "is a directory, not a dataset file")
    // A FIFO with no writer: opening it for reading must not wait for one.
    #expect(mkfifo(scratch.file("fifo.yaml"), 0o644) == 0)
    expectRefused(scratch.file("fifo.yaml"), "is not a regular file (a FIFO, socket or device)")
    for device in ["/dev/null", "/dev/zero", "/dev/urandom"] {
      expectRefused(device, "is not a regular file (a FIFO, socket or device)")
    }
    expectRefused(scratch.file("missing.yaml"), "no such file")
  }

  @Test func symbolicLinks() throws {
    let scratch = try ScratchDirectory()
    symlink(scratch.file("nowhere.yaml"), scratch.file("broken.yaml"))
    expectRefused(scratch.file("broken.yaml"), "broken symbolic link")
    symlink(scratch.file("loop-b.yaml"), scratch.file("loop-a.yaml"))
    symlink(scratch.file("loop-a.yaml"), scratch.file("loop-b.yaml"))
    expectRefused(scratch.file("loop-a.yaml"), "too many levels of symbolic links")
    // A link to a good file is followed.
    let good = try scratch.create("good.yaml", minimalDataset())
    symlink(good, scratch.file("link.yaml"))
    #expect((try? loadFile(scratch.file("link.yaml")).get()) != nil)
  }

  /// Root reads any file whatever its mode, so "permission denied" cannot be produced when the
  /// tests run as root (as in CI containers); docs/reliability.md says so.
  @Test(.enabled(if: geteuid() != 0, "running as root: root reads files whatever their mode"))
  func noPermission() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.create("secret.yaml", minimalDataset())
    chmod(path, 0o000)
    expectRefused(path, "permission denied")
  }

  /// A sparse file: 65 MiB long without writing 65 MiB. Refused from its size alone.
  @Test func overTheSizeLimit() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.create("huge.yaml", minimalDataset())
    #expect(truncate(path, off_t(65 * 1_048_576)) == 0)
    expectRefused(path, "is 65 MiB; the limit is 64 MiB")
    // Exactly at the limit it is read (and then found to hold NULs).
    #expect(truncate(path, off_t(FileReader.defaultLimit)) == 0)
    let atLimit = loadFile(path).failureDescription ?? ""
    #expect(atLimit.contains("binary data (a NUL byte at offset"), "\(atLimit)")
  }
  /// A dataset handed to a kiosk must not make it show other files: a source's `file:` is read
  /// only from the dataset's directory or below, symbolic links included, and up to 256 KiB.
  @Test func localSourcesStayInsideTheDatasetsDirectory() throws {
    let scratch = try ScratchDirectory()
    mkdir(scratch.file("data"), 0o755)
    mkdir(scratch.file("data/articles"), 0o755)
    try scratch.create("secret.txt", "the secret sentence.")
    try scratch.create("data/article.txt", "the quoted sentence.")
    try scratch.create("data/articles/nested.txt", "the nested sentence.")
    try scratch.create("data/big.txt", String(repeating: "long text. ", count: 30_000))
    symlink(scratch.file("secret.txt"), scratch.file("data/escape.txt"))
    symlink(scratch.file("data/article.txt"), scratch.file("data/alias.txt"))
    let files = [
      "/etc/passwd", "../secret.txt", "articles/../../secret.txt", "~/secret.txt", "escape.txt",
      "big.txt", "article.txt", "articles/nested.txt", "alias.txt", "./article.txt",
    ]
    let sources = files.enumerated().map { index, file in
      "  - id: s\(index)\n    publisher: P\n    title: T\n    date: 2024-10-11\n    file: \(file)"
    }.joined(separator: "\n")
    let text = minimalDataset().replacingOccurrences(
      "sources:\n", with: "sources:\n\(sources)\n")
    let path = try scratch.create("data/data.yaml", text)
    let loaded = try loadFile(path).get()
    func source(_ file: String) -> Source? { loaded.dataset.sources.first { $0.file == file } }
    func warning(_ file: String) -> String {
      loaded.warnings.first { $0.message.contains("'\(file)'") }?.message ?? ""
    }
    for outside in ["/etc/passwd", "../secret.txt", "articles/../../secret.txt", "~/secret.txt"] {
      #expect(source(outside)?.text == nil, "\(outside) was read")
      #expect(
        warning(outside).hasSuffix(
          "is not read: it must be a path inside the dataset's directory (relative, without '..')"),
        "\(outside): \(warning(outside))")
    }
    for unreadable in ["escape.txt", "big.txt"] {
      #expect(source(unreadable)?.text == nil, "\(unreadable) was read")
      #expect(warning(unreadable).hasSuffix("cannot be read"), "\(unreadable)")
    }
    #expect(source("article.txt")?.text == "the quoted sentence.")
    #expect(source("articles/nested.txt")?.text == "the nested sentence.")
    #expect(source("alias.txt")?.text == "the quoted sentence.")
    #expect(source("./article.txt")?.text == "the quoted sentence.")
  }
}
