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
