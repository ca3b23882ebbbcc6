/// The printed report: tables in Markdown, so they can go into docs/performance.md as they are.
struct Report {
  private(set) var text = ""
  private var results: [TerminalSuite.Key: [TerminalRun]] = [:]
  private var keySize = (width: 100, height: 30)
  /// The sizes of the first-frame table, smallest first.
  private var frameSizes: [(width: Int, height: Int)] = []
  private var data: DataFigures?
  private var idleSeconds = 0.0
  private var kioskIdleSeconds = 0.0

  mutating func line(_ value: String = "") { text += value + "\n" }

  mutating func header(machine: [String], command: String) {
    line("# mssdash-bench")
    line()
    for item in machine { line("- \(item)") }
    line("- Command: `\(command)`")
    line()
  }

  // MARK: Terminal

  private func runs(_ program: String, _ width: Int, _ height: Int) -> [TerminalRun] {
    results[TerminalSuite.Key(program: program, width: width, height: height)] ?? []
  }

  private func median(
    _ program: String, _ size: (width: Int, height: Int), _ value: (TerminalRun) -> Double?
  ) -> Double? {
    Statistics.median(runs(program, size.width, size.height).compactMap(value))
  }

  mutating func terminal(
    _ results: [TerminalSuite.Key: [TerminalRun]], kioskAvailable: Bool, others: [String],
    idleSeconds: Double, kioskIdleSeconds: Double
  ) {
    self.results = results
    self.idleSeconds = idleSeconds
    self.kioskIdleSeconds = kioskIdleSeconds
    let sizes = Set(results.keys.map { "\($0.width)x\($0.height)" }).compactMap {
      ProcParsing.size($0)
    }.sorted { $0.width < $1.width }
    frameSizes = sizes
    let programs = others
    let runCount = results.values.map(\.count).max() ?? 0
    line("## First complete frame (median of \(runCount) runs at most)")
    line()
    var heading = "| size |"
    var rule = "|---|"
    for program in programs {
      heading += " \(program) time | \(program) bytes |"
      rule += "---:|---:|"
    }
    let compare = programs.contains("btop") || programs.contains("htop")
    if compare {
      heading += " time vs btop | bytes vs htop |"
      rule += "---:|---:|"
    }
    line(heading)
    line(rule)
    for size in sizes {
      var row = "| \(size.width)×\(size.height) |"
      for program in programs {
        row +=
          " \(Format.time(milliseconds: median(program, size) { $0.firstFrameMilliseconds })) |"
        row += " \(Format.bytes(median(program, size) { $0.firstFrameBytes.map(Double.init) })) |"
      }
      if compare {
        row += " \(Format.ratio(ratio("mssdash", "btop", size) { $0.firstFrameMilliseconds })) |"
        row +=
          " \(Format.ratio(ratio("mssdash", "htop", size) { $0.firstFrameBytes.map(Double.init) })) |"
      }
      line(row)
    }
    line()
    writeCallsTable(programs: programs, sizes: sizes)

    if let size = keyRuns() {
      keySize = size
      line("## Keys at \(size.width)×\(size.height) (time to the last byte of the response)")
      line()
      line("| program | key | time | bytes | write calls |")
      line("|---|---|---:|---:|---:|")
      for program in programs {
        for kind in ["selection", "focus", "as-of step"] {
          let samples = runs(program, size.width, size.height).compactMap { $0.keys[kind] }
          guard !samples.isEmpty else { continue }
          let time = Statistics.median(samples.compactMap(\.milliseconds))
          let bytes = Statistics.median(samples.map(\.bytes))
          let writes = median(program, size) { $0.keyWrites[kind].map(Double.init) }
          line(
            "| \(program) | \(kind) | \(Format.time(milliseconds: time)) | \(Format.bytes(bytes)) "
              + "| \(Format.count(writes)) |")
        }
      }
      line()

      let idleNames = programs + (kioskAvailable ? TerminalSuite.kioskVariants.map(\.name) : [])
      let idleRunCount = runs("mssdash", size.width, size.height).filter { $0.idleBytes != nil }
        .count
      line(
        "## Idle and memory at \(size.width)×\(size.height) (idle: median of \(idleRunCount) runs)")
      line()
      if kioskAvailable {
        line(
          "Kiosk rows: one run each, watched for \(Format.fixed(kioskIdleSeconds, 0)) s "
            + "instead of \(Format.fixed(idleSeconds, 0)) s.")
        line()
      }
      line("| program | idle bytes | idle CPU (ticks) | idle CPU (schedstat) | VmRSS | VmHWM |")
      line("|---|---:|---:|---:|---:|---:|")
      for program in idleNames {
        let idle = median(program, size) { $0.idleBytes.map(Double.init) }
        let ticks = median(program, size) { $0.idleCPUTicks.map(Double.init) }
        let cpu = median(program, size) { $0.idleCPUMilliseconds }
        let rss = median(program, size) { $0.residentKiB.map(Double.init) }
        let peak = median(program, size) { $0.peakResidentKiB.map(Double.init) }
        line(
          "| \(program) | \(Format.bytes(idle)) | \(ticks.map { Format.fixed($0, 0) } ?? "–") | "
            + "\(Format.time(milliseconds: cpu)) | \(Format.mebibytes(kib: rss)) | "
            + "\(Format.mebibytes(kib: peak)) |")
      }
      if !kioskAvailable {
        line()
        line("Kiosk idle: not measured, this mssdash has no `--kiosk` option yet.")
      }
      line()
    }
  }

  private func keyRuns() -> (width: Int, height: Int)? {
    results.first { key, runs in key.program == "mssdash" && runs.contains { !$0.keys.isEmpty } }
      .map { ($0.key.width, $0.key.height) }
  }

  /// How many write(2) calls each program made up to the end of its first frame.
  private mutating func writeCallsTable(programs: [String], sizes: [(width: Int, height: Int)]) {
    line("## Write calls to the first frame (median; /proc/PID/io syscw)")
    line()
    line("Over SSH each write is a packet of its own, with its own headers.")
    line()
    line("| size |" + programs.map { " \($0) |" }.joined())
    line("|---|" + String(repeating: "---:|", count: programs.count))
    for size in sizes {
      let cells = programs.map { program in
        " \(Format.count(median(program, size) { $0.firstFrameWrites.map(Double.init) })) |"
      }
      line("| \(size.width)×\(size.height) |" + cells.joined())
    }
    line()
    line("Shared objects each program has mapped at its first frame:")
    line()
    for program in programs {
      let objects = results.filter { $0.key.program == program }.values.lazy
        .flatMap { $0 }.compactMap(\.sharedObjects).first
      line("- \(program): \(objects.map { $0.joined(separator: ", ") } ?? "–")")
    }
    line()
  }

  private func ratio(
    _ mine: String, _ other: String, _ size: (width: Int, height: Int),
    _ value: (TerminalRun) -> Double?
  ) -> Double? {
    guard let a = median(mine, size, value), let b = median(other, size, value), b > 0 else {
      return nil
    }
    return a / b
  }

  // MARK: Data

  mutating func data(_ figures: DataFigures) {
    data = figures
    func ms(_ seconds: Double) -> String { Format.time(milliseconds: seconds * 1000) }
    line("## Bundled dataset, in-process (median)")
    line()
    line("| step | time |")
    line("|---|---:|")
    line("| load (parse + validate) | \(ms(figures.bundledLoadSeconds)) |")
    line("| resolve (MissionState) | \(ms(figures.bundledResolveSeconds)) |")
    line("| render one frame at 100×30 | \(ms(figures.bundledRenderSeconds)) |")
    line("| selection move + render | \(ms(figures.bundledKeySeconds)) |")
    let total =
      figures.bundledLoadSeconds + figures.bundledResolveSeconds
      + figures.bundledRenderSeconds
    line("| load + resolve + render | \(ms(total)) |")
    line()
    let counts = figures.largeCounts
    line(
      "## Large dataset, in-process: \(counts.contributors) contributors, \(counts.events) events, "
        + "\(counts.observations) observations, \(Format.fixed(Double(figures.largeBytes) / 1_048_576, 1)) MiB"
    )
    line()
    line("| step | time |")
    line("|---|---:|")
    line("| load (read + parse + validate) | \(ms(figures.largeLoadSeconds)) |")
    line("| resolve at \(LargeDataset.asOf) (MissionState) | \(ms(figures.largeResolveSeconds)) |")
    line("| AppModel (resolve + selections) | \(ms(figures.largeModelSeconds)) |")
    line("| first render at 200×60 | \(ms(figures.largeFirstRenderSeconds)) |")
    line("| render one frame at 200×60 | \(ms(figures.largeRenderSeconds)) |")
    line("| selection move + render | \(ms(figures.largeSelectionSeconds)) |")
    line("| as-of step back + render | \(ms(figures.largeStepSeconds)) |")
    line()
    line("| events kept (same observations) | render at 200×60 |")
    line("|---:|---:|")
    for (events, seconds) in figures.renderByEvents { line("| \(events) | \(ms(seconds)) |") }
    line()
    if let comparison = figures.comparison {
      line(
        "Loader comparison on \(comparison.observations) observations: flow style (fast path) "
          + "\(ms(comparison.flowSeconds)), block YAML (libyaml events) "
          + "\(ms(comparison.blockSeconds)) (\(Format.fixed(Double(comparison.bytes) / 1_048_576, 1)) MiB)."
      )
      line()
    }
  }

  private var largeStartRuns: [TerminalRun] = []

  mutating func largeStart(_ samples: [TerminalRun]) {
    largeStartRuns = samples
    let first = Statistics.median(samples.compactMap(\.firstFrameMilliseconds))
    let bytes = Statistics.median(samples.compactMap { $0.firstFrameBytes.map(Double.init) })
    let rss = Statistics.median(samples.compactMap { $0.residentKiB.map(Double.init) })
    line("## mssdash on the large dataset in a terminal at 100×30 (median of \(samples.count))")
    line()
    line("| figure | value |")
    line("|---|---:|")
    line("| first complete frame | \(Format.time(milliseconds: first)) |")
    line("| its bytes | \(Format.bytes(bytes)) |")
    for kind in ["selection", "focus", "as-of step"] {
      let keys = samples.compactMap { $0.keys[kind] }
      line(
        "| \(kind) | \(Format.time(milliseconds: Statistics.median(keys.compactMap(\.milliseconds)))), "
          + "\(Format.bytes(Statistics.median(keys.map(\.bytes)))) |")
    }
    line("| VmRSS | \(Format.mebibytes(kib: rss)) |")
    line()
  }

  // MARK: Budget

  mutating func budget() {
    var rows: [(String, String, Bool?)] = []
    let size = keySize
    if !results.isEmpty {
      // At every size measured: the issue measured 100×30, the bench all of them.
      for frame in frameSizes {
        let mine = median("mssdash", frame) { $0.firstFrameMilliseconds }
        let btop = median("btop", frame) { $0.firstFrameMilliseconds }
        if let mine, let btop {
          rows.append(
            (
              "first frame ≥25% faster than btop (\(frame.width)×\(frame.height))",
              "\(Format.time(milliseconds: mine)) vs \(Format.time(milliseconds: btop)): "
                + (mine <= btop
                  ? "\(Format.fixed((1 - mine / btop) * 100, 0))% faster"
                  : "\(Format.fixed((mine / btop - 1) * 100, 0))% slower"),
              mine <= btop * 0.75
            ))
        }
      }
      for frame in frameSizes {
        let myBytes = median("mssdash", frame) { $0.firstFrameBytes.map(Double.init) }
        let htopBytes = median("htop", frame) { $0.firstFrameBytes.map(Double.init) }
        if let myBytes, let htopBytes {
          rows.append(
            (
              "first frame in fewer bytes than htop (\(frame.width)×\(frame.height))",
              "\(Format.bytes(myBytes)) vs \(Format.bytes(htopBytes))", myBytes < htopBytes
            ))
        }
      }
      let selection = runs("mssdash", size.width, size.height).compactMap { $0.keys["selection"] }
      if let time = Statistics.median(selection.compactMap(\.milliseconds)),
        let bytes = Statistics.median(selection.map(\.bytes))
      {
        rows.append(
          (
            "selection move < 300 bytes and < 5 ms",
            "\(Format.bytes(bytes)), \(Format.time(milliseconds: time))", bytes < 300 && time < 5
          ))
      }
      let idleBytes = median("mssdash", size) { $0.idleBytes.map(Double.init) }
      let idleTicks = median("mssdash", size) { $0.idleCPUTicks.map(Double.init) }
      let idleCPU = median("mssdash", size) { $0.idleCPUMilliseconds }
      if let idleBytes, let idleTicks {
        rows.append(
          (
            "interactive idle: 0 bytes, no measurable CPU",
            "\(Format.bytes(idleBytes)), \(Format.fixed(idleTicks, 0)) ticks "
              + "(\(Format.time(milliseconds: idleCPU)) schedstat)",
            idleBytes == 0 && idleTicks == 0
          ))
      }
      let clockOnly = TerminalSuite.kioskVariants[0].name
      let kioskBytes = median(clockOnly, size) { $0.idleBytes.map(Double.init) }
      let kioskTicks = median(clockOnly, size) { $0.idleCPUTicks.map(Double.init) }
      rows.append(
        (
          "kiosk idle (--rotate 0): only the clock's cells",
          kioskBytes.map {
            "\(Format.bytes($0)) in \(Format.fixed(kioskIdleSeconds, 0)) s "
              + "(\(Format.fixed($0 / max(kioskIdleSeconds, 1), 1)) B/s), "
              + "\(Format.fixed(kioskTicks ?? 0, 0)) ticks"
          } ?? "not measured: this mssdash has no --kiosk", nil
        ))
      if let rss = median("mssdash", size, { $0.peakResidentKiB.map(Double.init) }) {
        rows.append(
          (
            "RSS < 40 MB with the bundled dataset", "VmHWM \(Format.mebibytes(kib: rss))",
            rss < 40_000
          ))
      }
    }
    if let data {
      let bundled = data.bundledLoadSeconds + data.bundledResolveSeconds + data.bundledRenderSeconds
      rows.append(
        (
          "bundled dataset loads and renders < 20 ms",
          Format.time(milliseconds: bundled * 1000), bundled < 0.020
        ))
      let fullScale = data.largeCounts.observations >= 1_000_000
      rows.append(
        (
          "large dataset loads < 2 s\(fullScale ? "" : " (not at full scale)")",
          Format.time(milliseconds: data.largeLoadSeconds * 1000),
          fullScale ? data.largeLoadSeconds < 2 : nil
        ))
      rows.append(
        (
          "then renders a frame < 5 ms", Format.time(milliseconds: data.largeRenderSeconds * 1000),
          data.largeRenderSeconds < 0.005
        ))
      if let fewest = data.renderByEvents.first, let most = data.renderByEvents.last,
        most.events > fewest.events
      {
        rows.append(
          (
            "render time flat in events off screen",
            "\(fewest.events): \(Format.time(milliseconds: fewest.seconds * 1000)), "
              + "\(most.events): \(Format.time(milliseconds: most.seconds * 1000))",
            most.seconds < max(fewest.seconds * 1.5, fewest.seconds + 0.0005)
          ))
      }
    }
    line("## Budget")
    line()
    line("| item | measured | verdict |")
    line("|---|---|---|")
    for (item, measured, pass) in rows {
      line("| \(item) | \(measured) | \(pass.map { $0 ? "pass" : "FAIL" } ?? "–") |")
    }
    line()
  }
}
