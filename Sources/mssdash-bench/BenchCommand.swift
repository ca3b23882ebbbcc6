import MSSCommandLine

/// The benchmark's command line: each option sets the `Bench` property of the same name.
extension Bench {
  enum Spec {
    static let binary = OptionSpec(
      "binary", kind: .value(.path),
      help: "The mssdash binary (default: the one built beside this benchmark).")
    static let runs = OptionSpec(
      "runs", kind: .value(.integer), help: "Runs per figure; the median is reported.",
      defaultText: "5")
    static let idleRuns = OptionSpec(
      "idle-runs", kind: .value(.integer), help: "Runs of the idle measurement.",
      defaultText: "3")
    static let idle = OptionSpec(
      "idle", kind: .value(.number), help: "Seconds of idle to watch.", defaultText: "10.0")
    static let kioskIdle = OptionSpec(
      "kiosk-idle", kind: .value(.number),
      help: "Seconds to watch each kiosk variant (once; past a minute, for a clock of minutes).",
      defaultText: "61.0")
    static let quiet = OptionSpec(
      "quiet", kind: .value(.integer),
      help: "Milliseconds of silence that end a frame or a key's response.", defaultText: "150")
    static let sizes = OptionSpec(
      "sizes", kind: .value(.text), help: "Screen sizes for the first frame, comma separated.",
      defaultText: "80x24,100x30,200x60")
    static let keySize = OptionSpec(
      "key-size", kind: .value(.text), help: "Size for keys, idle and memory.",
      defaultText: "100x30")
    static let scale = OptionSpec(
      "scale", kind: .value(.number),
      help: "Scale of the large dataset (1 = 200 contributors, 100k events, 1M observations).",
      defaultText: "1.0")
    static let dataDirectory = OptionSpec(
      "data-directory", kind: .value(.path),
      help: "Where to write the generated datasets (default: a new directory in /tmp).")
    static let noOthers = OptionSpec(
      "no-others", help: "Do not measure htop and btop even when installed.")
    static let skipTerminal = OptionSpec(
      "skip-terminal", help: "Skip the pseudo-terminal measurements.")
    static let skipData = OptionSpec("skip-data", help: "Skip the dataset measurements.")
    static let quick = OptionSpec(
      "quick", help: "A smoke test: 2 runs, 1 idle run of 2 s, a dataset at 5% scale.")
    static let noBuild = OptionSpec(
      "no-build", help: "Do not build mssdash first (it is built beside the benchmark by default).")
    static let keepData = OptionSpec("keep-data", help: "Keep the generated datasets.")
    static let writeLarge = OptionSpec(
      "write-large", kind: .value(.path),
      help: "Only write the large dataset to this file and stop (for profiling the loader).")
    static let loadOnly = OptionSpec(
      "load-only", kind: .value(.path),
      help: "Only load this dataset once, resolve it and render a frame, then stop (profiling).")
  }

  static let command = CommandSpec(
    name: "mssdash-bench",
    abstract: "Measures mssdash (and htop and btop when installed) in a pseudo-terminal.",
    discussion: """
      Runs the release mssdash in a pseudo-terminal (TERM=xterm-256color, LANG=C.UTF-8) and \
      reports medians: the first complete frame, key presses, idle output and CPU, memory; \
      then loads, resolves and renders a generated large dataset in-process. See \
      docs/performance.md for the definitions.
      """,
    groups: [
      OptionGroup([
        Spec.binary, Spec.runs, Spec.idleRuns, Spec.idle, Spec.kioskIdle, Spec.quiet, Spec.sizes,
        Spec.keySize, Spec.scale, Spec.dataDirectory, Spec.noOthers, Spec.skipTerminal,
        Spec.skipData, Spec.quick, Spec.noBuild, Spec.keepData, Spec.writeLarge, Spec.loadOnly,
      ])
    ])

  init(_ arguments: ParsedArguments) {
    binary = arguments.text(Spec.binary)
    runs = arguments.integer(Spec.runs) ?? runs
    idleRuns = arguments.integer(Spec.idleRuns) ?? idleRuns
    idle = arguments.number(Spec.idle) ?? idle
    kioskIdle = arguments.number(Spec.kioskIdle) ?? kioskIdle
    quiet = arguments.integer(Spec.quiet) ?? quiet
    sizes = arguments.text(Spec.sizes) ?? sizes
    keySize = arguments.text(Spec.keySize) ?? keySize
    scale = arguments.number(Spec.scale) ?? scale
    dataDirectory = arguments.text(Spec.dataDirectory)
    noOthers = arguments.isSet(Spec.noOthers)
    skipTerminal = arguments.isSet(Spec.skipTerminal)
    skipData = arguments.isSet(Spec.skipData)
    quick = arguments.isSet(Spec.quick)
    noBuild = arguments.isSet(Spec.noBuild)
    keepData = arguments.isSet(Spec.keepData)
    writeLarge = arguments.text(Spec.writeLarge)
    loadOnly = arguments.text(Spec.loadOnly)
  }
}
