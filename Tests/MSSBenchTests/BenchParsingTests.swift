import MSSCommandLine
import Testing

@testable import mssdash_bench

/// The benchmark's own helpers: /proc parsing, medians, formatting, the dataset plan.
@Suite struct BenchParsingTests {
  @Test func cpuTicksCountFieldsAfterTheCommandName() {
    // A command name with spaces and parentheses, as /proc shows it.
    let stat =
      "4242 (my (odd) prog) S 1 4242 4242 34816 4242 4194304 120 0 0 0 17 5 0 0 20 0 1 0 "
      + "93211 10000000 500 18446744073709551615"
    #expect(ProcParsing.cpuTicks(stat: stat) == 22)
    #expect(ProcParsing.cpuTicks(stat: "garbage") == nil)
  }

  @Test func memoryFromStatus() {
    let status = "Name:\tmssdash\nVmPeak:\t  300000 kB\nVmHWM:\t   26500 kB\nVmRSS:\t   25300 kB\n"
    let memory = ProcParsing.memory(status: status)
    #expect(memory.resident == 25300)
    #expect(memory.peak == 26500)
  }

  @Test func schedstatAndSizes() {
    #expect(ProcParsing.schedstatNanoseconds("123456 789 10\n") == 123_456)
    #expect(ProcParsing.size("100x30")?.width == 100)
    #expect(ProcParsing.size("200X60")?.height == 60)
    #expect(ProcParsing.size("100") == nil)
    #expect(ProcParsing.size("0x5") == nil)
  }

  @Test func ioFields() {
    let io = "rchar: 2012\nwchar: 5118\nsyscr: 9\nsyscw: 12\nread_bytes: 0\n"
    #expect(ProcParsing.ioField(io, "syscw") == 12)
    #expect(ProcParsing.ioField(io, "wchar") == 5118)
    #expect(ProcParsing.ioField(io, "cancelled_write_bytes") == nil)
    #expect(Format.count(11.5) == "12")
    #expect(Format.count(nil) == "–")
  }

  @Test func sharedObjectsFromMaps() {
    let maps = """
      55d0-55d1 r-xp 00000000 fe:00 1 /usr/local/bin/mssdash
      7f00-7f01 r-xp 00000000 fe:00 2 /usr/lib/x86_64-linux-gnu/libc.so.6
      7f01-7f02 r--p 00001000 fe:00 2 /usr/lib/x86_64-linux-gnu/libc.so.6
      7f02-7f03 r-xp 00000000 fe:00 3 /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
      7f03-7f04 r--p 00000000 fe:00 4 /usr/lib/locale/C.utf8/LC_CTYPE
      7f04-7f05 rw-p 00000000 00:00 0 [heap]
      """
    #expect(ProcParsing.sharedObjects(maps: maps) == ["ld-linux-x86-64.so.2", "libc.so.6"])
  }

  @Test func medians() {
    #expect(Statistics.median([3.0, 1, 2]) == 2)
    #expect(Statistics.median([4.0, 1, 2, 3]) == 2.5)
    #expect(Statistics.median([Double]()) == nil)
  }

  @Test func formatting() {
    #expect(Format.fixed(2.345, 2) == "2.35")
    #expect(Format.fixed(0.05, 1) == "0.1")
    #expect(Format.fixed(-1.5, 0) == "-2")
    #expect(Format.time(milliseconds: 1234) == "1.23 s")
    #expect(Format.time(milliseconds: 4.5) == "4.50 ms")
    #expect(Format.bytes(5312) == "5312 B")
    #expect(Format.bytes(23_900) == "23.9 KB")
  }

  @Test func markers() {
    let output = Array("\u{1B}[1m?\u{1B}[0m help".utf8)
    #expect(Bytes.contains(output, Array(" help".utf8)))
    #expect(!Bytes.contains(output, Array(" help".utf8), from: 10))
  }

  @Test func theLargeDatasetHasAMillionObservations() {
    let shape = LargeDataset()
    #expect(shape.observationCount <= 1_000_000)
    #expect(shape.observationCount > 999_000)
    var one = SplitMix64(seed: 8)
    var two = SplitMix64(seed: 8)
    #expect((0..<5).map { _ in one.next() } == (0..<5).map { _ in two.next() })
  }
}

/// The benchmark's command line, read through MSSCommandLine into `Bench`.
@Suite struct BenchCommandLineTests {
  static let program = CommandLineProgram(root: Bench.command, version: nil)

  static func bench(_ words: [String]) -> Bench? {
    guard case .run(let invocation) = program.resolve(words, columns: 80) else { return nil }
    return Bench(invocation.arguments)
  }

  @Test func defaults() throws {
    let bench = try #require(Self.bench([]))
    #expect(bench.runs == 5)
    #expect(bench.idleRuns == 3)
    #expect(bench.idle == 10)
    #expect(bench.kioskIdle == 61)
    #expect(bench.quiet == 150)
    #expect(bench.sizes == "80x24,100x30,200x60")
    #expect(bench.keySize == "100x30")
    #expect(bench.scale == 1)
    #expect(bench.binary == nil)
    #expect(!bench.quick && !bench.noOthers && !bench.skipTerminal && !bench.skipData)
    #expect(!bench.noBuild && !bench.keepData)
    #expect(bench.writeLarge == nil && bench.loadOnly == nil && bench.dataDirectory == nil)
  }

  @Test func everyOption() throws {
    let bench = try #require(
      Self.bench([
        "--binary", "/x/mssdash", "--runs", "9", "--idle-runs=2", "--idle", "1.5",
        "--kiosk-idle", "3", "--quiet", "90", "--sizes", "80x24", "--key-size", "90x20",
        "--scale", "0.5", "--data-directory", "/tmp/d", "--no-others", "--skip-terminal",
        "--skip-data", "--quick", "--no-build", "--keep-data", "--write-large", "/tmp/l.yaml",
        "--load-only", "/tmp/o.yaml",
      ]))
    #expect(bench.binary == "/x/mssdash")
    #expect(bench.runs == 9)
    #expect(bench.idleRuns == 2)
    #expect(bench.idle == 1.5)
    #expect(bench.kioskIdle == 3)
    #expect(bench.quiet == 90)
    #expect(bench.sizes == "80x24")
    #expect(bench.keySize == "90x20")
    #expect(bench.scale == 0.5)
    #expect(bench.dataDirectory == "/tmp/d")
    #expect(bench.noOthers && bench.skipTerminal && bench.skipData && bench.quick)
    #expect(bench.noBuild && bench.keepData)
    #expect(bench.writeLarge == "/tmp/l.yaml")
    #expect(bench.loadOnly == "/tmp/o.yaml")
  }

  @Test func badNumbersAreUsageErrors() {
    let ending = Self.program.run(["--runs", "many"], columns: 80) { _ in Issue.record("ran") }
    #expect(ending.code == 64)
    #expect(
      ending.standardError.hasPrefix("Error: The value 'many' is invalid for '--runs <runs>'"))
  }
}
